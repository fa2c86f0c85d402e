using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>The team values pipeline.json holds for the accounts and roles, checked before any AWS call.</summary>
public class AccountSettingsTests
{
    private ConfigWorkspace workspace = null!;

    [SetUp]
    public void SetUp() => workspace = new ConfigWorkspace();

    [TearDown]
    public void TearDown() => workspace.Dispose();

    [TestCase("repository", null, "repository", "required key")]
    [TestCase("repository", "\"git@github.com:example-org/greeter.git\"", "repository", "https clone URL")]
    [TestCase("environments.prod.provisioningRoleName", "\"OrganizationAccountAccessRole\"", "environments.prod.provisioningRoleName", "administrator role")]
    [TestCase("environments.prod.provisioningRoleName", "\"arn:aws:iam::333333333333:role/x\"", "environments.prod.provisioningRoleName", "not an IAM role name")]
    [TestCase("environments.preprod.bootstrapRoleName", "\"has space\"", "environments.preprod.bootstrapRoleName", "not an IAM role name")]
    [TestCase("environments.preprod.stackPrefix", "\"other-\"", "environments.preprod.stackPrefix", "does not start with")]
    [TestCase("environments.preprod.stateBucket", "\"Bad_Bucket\"", "environments.preprod.stateBucket", "")]
    [TestCase("environments.preprod.artifactRetentionDays", "0", "environments.preprod.artifactRetentionDays", "")]
    public void A_bad_account_setting_names_its_key(string key, string? json, string expectedPath, string expectedText)
    {
        var result = workspace.LoadWith(key, json);

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.KeyPath), Does.Contain(expectedPath));
        Assert.That(result.Errors.Single(e => e.KeyPath == expectedPath).ToString(), Does.Contain(expectedText));
    }

    [Test]
    public void Account_settings_are_read()
    {
        var config = workspace.LoadWith("environments.prod.provisioningRoleName", "\"team-terraform\"").GetOrThrow();

        Assert.That(config.Repository, Is.EqualTo("https://github.com/example-org/greeter.git"));
        Assert.That(config.Environment("prod").ProvisioningRoleName, Is.EqualTo("team-terraform"));
    }
}

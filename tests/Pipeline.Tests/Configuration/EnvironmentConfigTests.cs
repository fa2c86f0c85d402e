using Pipeline.Configuration;
using Pipeline.LocalAws;

namespace Pipeline.Tests.Configuration;

public class EnvironmentConfigTests
{
    private const string KeyArn = "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private static readonly Dictionary<string, string> Outputs = new()
    {
        [TerraformOutputNames.DeployRoleArn] = "arn:aws:iam::222222222222:role/greeter-deploy",
        [TerraformOutputNames.CloudFormationRoleArn] = "arn:aws:iam::222222222222:role/greeter-cfn",
        [TerraformOutputNames.ArtifactBucket] = "greeter-artifacts-111111111111",
        [TerraformOutputNames.KmsKeyArn] = KeyArn,
        ["region"] = "eu-west-1",
    };

    private static EnvironmentConfig Preprod => new("preprod", "develop", "eu-west-1", "111111111111", "222222222222", "infra/environments/preprod", "greeter-preprod");

    [Test]
    public void Resolve_takes_missing_settings_from_terraform_outputs()
    {
        var target = Preprod.Resolve(Outputs);

        Assert.That(target.DeployRoleArn, Is.EqualTo("arn:aws:iam::222222222222:role/greeter-deploy"));
        Assert.That(target.CloudFormationRoleArn, Is.EqualTo("arn:aws:iam::222222222222:role/greeter-cfn"));
        Assert.That(target.ArtifactBucket, Is.EqualTo("greeter-artifacts-111111111111"));
        Assert.That(target.KmsKeyArn, Is.EqualTo(KeyArn));
        Assert.That(target.SessionDuration, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(target.RequireConfirmation, Is.False);
    }

    [Test]
    public void Resolve_prefers_configured_settings()
    {
        var environment = Preprod with { DeployRoleArn = "arn:aws:iam::222222222222:role/custom", SessionDurationSeconds = 900, ExternalId = "secret-id" };

        var target = environment.Resolve(Outputs);

        Assert.That(target.DeployRoleArn, Is.EqualTo("arn:aws:iam::222222222222:role/custom"));
        Assert.That(target.SessionDuration, Is.EqualTo(TimeSpan.FromMinutes(15)));
        Assert.That(target.ExternalId, Is.EqualTo("secret-id"));
        Assert.That(target.ToString(), Does.Not.Contain("secret-id"));
        Assert.That(environment.ToString(), Does.Not.Contain("secret-id"));
    }

    [Test]
    public void Resolve_reports_every_missing_output_with_the_fix()
    {
        var outputs = new Dictionary<string, string> { [TerraformOutputNames.ArtifactBucket] = "greeter-artifacts" };

        var error = Assert.Throws<PipelineConfigException>(() => Preprod.Resolve(outputs))!;

        Assert.That(error.Errors.Select(e => e.KeyPath), Is.EquivalentTo(new[]
        {
            "environments.preprod.deployRoleArn", "environments.preprod.cloudFormationRoleArn", "environments.preprod.kmsKeyArn",
        }));
        Assert.That(error.Errors[0].Fix, Does.Contain("infra/environments/preprod"));
    }

    [Test]
    public void Resolve_checks_terraform_values_against_the_accounts()
    {
        var outputs = new Dictionary<string, string>(Outputs)
        {
            [TerraformOutputNames.DeployRoleArn] = "arn:aws:iam::111111111111:role/greeter-deploy",
            [TerraformOutputNames.KmsKeyArn] = "arn:aws:kms:eu-west-1:111111111111:alias/greeter",
        };

        var error = Assert.Throws<PipelineConfigException>(() => Preprod.Resolve(outputs))!;

        Assert.That(error.Errors.Select(e => e.KeyPath), Is.EquivalentTo(new[] { "environments.preprod.deployRoleArn", "environments.preprod.kmsKeyArn" }));
    }

    [Test]
    public void ForLocalEmulator_keeps_the_accounts_and_swaps_the_region_only()
    {
        var prod = new EnvironmentConfig("prod", "master", "us-east-2", "444444444444", "555555555555", "infra/environments/prod", "greeter-prod")
        {
            DeployRoleArn = "arn:aws:iam::555555555555:role/deploy",
            KmsKeyArn = "arn:aws:kms:us-east-2:444444444444:key/abc",
            Parameters = new Dictionary<string, string> { ["LogLevel"] = "Information" },
        };

        var local = prod.ForLocalEmulator();

        Assert.That(local.InfrastructureAccount, Is.EqualTo("444444444444"));
        Assert.That(local.RuntimeAccount, Is.EqualTo("555555555555"));
        Assert.That(local.Region, Is.EqualTo(LocalAccounts.Region));
        Assert.That(local.KmsKeyArn, Is.EqualTo($"arn:aws:kms:{LocalAccounts.Region}:444444444444:key/abc"));
        Assert.That(local with { Region = prod.Region, KmsKeyArn = prod.KmsKeyArn }, Is.EqualTo(prod));
    }

    [TestCase("master", false, true)]
    [TestCase("develop", false, false)]
    [TestCase("develop", true, true)]
    public void Production_environments_need_confirmation(string branch, bool requireConfirmation, bool expected) =>
        Assert.That((Preprod with { Branch = branch, RequireConfirmation = requireConfirmation }).NeedsConfirmation, Is.EqualTo(expected));
}

using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>The template contract: what the build passes is what the template declares, checked before any AWS call.</summary>
public class TemplateContractTests
{
    private ConfigWorkspace workspace = null!;

    [SetUp]
    public void SetUp() => workspace = new ConfigWorkspace();

    [TearDown]
    public void TearDown() => workspace.Dispose();

    [Test]
    public void The_repository_template_declares_every_parameter_the_build_passes()
    {
        var root = Pipeline.Tests.Infra.RepositoryLayout.Root;
        var config = PipelineConfigLoader.Load(Path.Combine(root, "pipeline.json"));

        Assert.That(config.Errors, Is.Empty, string.Join("\n", config.Errors));
        var values = TemplateContract.Values(config.Config!.Service, config.Config.Environment("prod").Parameters, "b", "k", "arn:aws:kms:eu-west-1:1:key/x", "1.0.0", "abc1234", "arn:aws:iam::1:policy/p", "live");
        Assert.That(values.Keys, Is.SupersetOf(TemplateContract.BuildParameters).And.Contain("LogRetentionDays"));
    }

    [Test]
    public void A_template_missing_a_build_parameter_is_named_before_any_aws_call()
    {
        File.WriteAllText(Path.Combine(workspace.Root, "deploy", "lambda.yml"), ConfigWorkspace.Template.Replace("  PermissionsBoundaryArn:\n    Type: String\n", string.Empty, StringComparison.Ordinal));

        var result = workspace.LoadText(ConfigWorkspace.Valid);

        Assert.That(result.Errors.Single().KeyPath, Is.EqualTo("template"));
        Assert.That(result.Errors.Single().ToString(), Does.Contain("'PermissionsBoundaryArn'"));
    }

    [Test]
    public void An_environment_parameter_the_template_lacks_names_its_key()
    {
        var result = workspace.LoadWith("environments.preprod.parameters.Colour", "\"blue\"");

        Assert.That(result.Errors.Select(e => e.KeyPath), Does.Contain("environments.preprod.parameters.Colour"));
    }

    [Test]
    public void A_required_template_parameter_nobody_passes_is_reported_per_environment()
    {
        File.WriteAllText(Path.Combine(workspace.Root, "deploy", "lambda.yml"), ConfigWorkspace.Template.Replace("Resources:", "  TableName:\n    Type: String\nResources:", StringComparison.Ordinal));

        var result = workspace.LoadText(ConfigWorkspace.Valid);

        Assert.That(result.Errors.Select(e => e.KeyPath), Is.EquivalentTo(new[] { "environments.preprod.parameters", "environments.prod.parameters" }));
    }

    [Test]
    public void A_runtime_the_template_does_not_allow_is_refused()
    {
        File.WriteAllText(Path.Combine(workspace.Root, "deploy", "lambda.yml"), ConfigWorkspace.Template.Replace("  Runtime:\n    Type: String\n", "  Runtime:\n    Type: String\n    AllowedValues: [dotnet10]\n", StringComparison.Ordinal));

        var result = workspace.LoadWith("service.runtime", "\"dotnet8\"");

        Assert.That(result.Errors.Single().KeyPath, Is.EqualTo("service.runtime"));
        Assert.That(result.Errors.Single().ToString(), Does.Contain("dotnet10"));
    }
}

using Pipeline.Configuration;

namespace Build.Tests;

public class ContextSlotTests
{
    [Test]
    public void A_value_read_before_its_task_ran_names_that_task()
    {
        Assert.That(() => new Delivery().Target, Throws.InvalidOperationException.With.Message.Contains("the ReadTerraformOutputs task sets it"));
        Assert.That(() => new Delivery().Stored, Throws.InvalidOperationException.With.Message.Contains("the UploadArtifact task"));
        Assert.That(() => new AwsAccess().Runtime, Throws.InvalidOperationException.With.Message.Contains("the AssumeRuntimeRole task"));
        Assert.That(() => new TerraformState().Environment, Throws.InvalidOperationException.With.Message.Contains("the TerraformInit task"));
    }

    [Test]
    public void Optional_values_stay_null_until_set()
    {
        Assert.That(new Delivery().Promotion, Is.Null);
        Assert.That(new AwsAccess().Emulator, Is.Null);
        Assert.That(new TerraformState().Background, Is.Null);
    }

    [TestCase("Parameters:\n  Runtime:\n    Type: String\n    AllowedValues: [dotnet10, 'dotnet8']\n  Other:\n    Type: String\n")]
    [TestCase("Parameters:\n  Runtime:\n    Type: String\n    AllowedValues:\n      - dotnet10\n      - \"dotnet8\"\nResources: {}\n")]
    public void The_templates_allowed_values_are_read_in_either_YAML_form(string template) =>
        Assert.That(TemplateParameters.AllowedValues(template, "Runtime"), Is.EqualTo(new[] { "dotnet10", "dotnet8" }));

    [Test]
    public void A_parameter_without_allowed_values_constrains_nothing()
    {
        const string template = "Parameters:\n  Runtime:\n    Type: String\n  Memory:\n    AllowedValues: [128]\n";
        Assert.That(TemplateParameters.AllowedValues(template, "Runtime"), Is.Null);
        Assert.That(TemplateParameters.AllowedValues(template, "Missing"), Is.Null);
    }

    [Test]
    public void The_repository_template_allows_the_configured_runtime() =>
        Assert.That(TemplateParameters.AllowedValues(File.ReadAllText(Path.Combine(RepositoryConfig.Root, "deploy", "lambda.yml")), "Runtime"),
            Does.Contain(RepositoryConfig.Load().Service.Runtime));
}

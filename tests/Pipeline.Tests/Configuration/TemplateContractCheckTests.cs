using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>TemplateContract.Check on hand-written templates: which lines declare a parameter, a Default or AllowedValues, and the whole messages.</summary>
public class TemplateContractCheckTests
{
    private static readonly string Declared = string.Concat(TemplateContract.BuildParameters.Select(name => $"  {name}:\n    Type: String\n"));

    private string root = null!;

    [SetUp]
    public void SetUp() => root = Directory.CreateTempSubdirectory("template-contract-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(root, recursive: true);

    [Test]
    public void Every_build_parameter_declared_is_enough() =>
        Assert.That(Check("Parameters:\n" + Declared + "Resources: {}\n"), Is.Empty);

    [Test]
    public void Windows_line_endings_and_blocks_before_parameters_are_read() =>
        Assert.That(Check(("AWSTemplateFormatVersion: '2010-09-09'\nDescription: x\nParameters:\n" + Declared + "Resources: {}\n").Replace("\n", "\r\n", StringComparison.Ordinal)), Is.Empty);

    [Test]
    public void Names_under_another_top_level_block_are_not_parameters() =>
        Assert.That(Check("Parameters:\n" + Declared.Replace("  AliasName:\n    Type: String\n", string.Empty, StringComparison.Ordinal) + "Resources:\n  AliasName:\n    Type: String\n"),
            Is.EqualTo(new[]
            {
                "template: deploy/lambda.yml does not declare the parameter 'AliasName' the build passes. Fix: Add 'AliasName' to its Parameters " +
                $"(the build passes: {string.Join(", ", TemplateContract.BuildParameters)}).",
            }));

    [Test]
    public void A_parameter_without_a_default_nobody_passes_is_named_per_environment()
    {
        var errors = Check("Parameters:\n" + Declared + "  Table:\n    Type: String\n      Default: deeper\n  Colour:\n    Default: blue\n  Size: \n    Type: Number\n    Default: 1\n");

        Assert.That(errors, Is.EqualTo(new[]
        {
            "environments.preprod.parameters: deploy/lambda.yml needs 'Table' (it has no Default) and nothing passes it. " +
            "Fix: Add \"Table\": \"<value>\" to environments.preprod.parameters, or give it a Default.",
        }));
    }

    [Test]
    public void A_runtime_outside_allowed_values_is_named_with_the_template()
    {
        var errors = Check("Parameters:\n" + Declared.Replace("  Runtime:\n    Type: String\n", "  Runtime:\n    Type: String\n    AllowedValues: [\"dotnet8\", dotnet9 ]\n", StringComparison.Ordinal));

        Assert.That(errors, Is.EqualTo(new[]
        {
            "service.runtime: 'dotnet10' is not one the template allows (dotnet8, dotnet9). Fix: Use one of dotnet8, dotnet9, or widen AllowedValues of Runtime in deploy/lambda.yml.",
        }));
    }

    [Test]
    public void A_runtime_inside_allowed_values_passes() =>
        Assert.That(Check("Parameters:\n" + Declared.Replace("  Runtime:\n    Type: String\n", "  Runtime:\n    AllowedValues: [dotnet8, \"dotnet10\"]\n", StringComparison.Ordinal)), Is.Empty);

    [Test]
    public void Allowed_values_of_another_parameter_do_not_limit_the_runtime() =>
        Assert.That(Check("Parameters:\n" + Declared + "  Other:\n    Default: a\n    AllowedValues: [a, b]\n"), Is.Empty);

    [Test]
    public void An_environment_parameter_the_template_lacks_lists_what_it_declares()
    {
        var errors = Check("Parameters:\n" + Declared, new Dictionary<string, string> { ["Colour"] = "blue" });

        Assert.That(errors, Is.EqualTo(new[]
        {
            $"environments.preprod.parameters.Colour: deploy/lambda.yml has no parameter 'Colour'. Fix: Declare it in the template, or remove it here. The template declares: {string.Join(", ", TemplateContract.BuildParameters)}.",
        }));
    }

    [Test]
    public void An_environment_passing_a_parameter_without_default_satisfies_it() =>
        Assert.That(Check("Parameters:\n" + Declared + "  Table:\n    Type: String\n", new Dictionary<string, string> { ["Table"] = "t" }), Is.Empty);

    [Test]
    public void A_single_function_named_after_a_long_stack_of_exactly_64_characters_fits()
    {
        var stack = "s" + new string('x', 63);

        Assert.That(Check("Parameters:\n" + Declared, stackName: stack), Is.Empty);
        Assert.That(Check("Parameters:\n" + Declared, stackName: stack + "y"), Is.EqualTo(new[]
        {
            $"service: in preprod the function would be named '{stack}y', 65 characters; Lambda allows 64. Fix: Shorten the function's name or environments.preprod.stackName by 1 characters.",
        }));
    }

    [Test]
    public void Values_put_the_build_parameters_over_the_environment_ones()
    {
        var service = new ServiceConfig("p", "A::B::C", "dotnet10", 128, 1)
        {
            Functions = [new FunctionConfig("Api", "A::B::Api", 256, 30), new FunctionConfig("Worker", "A::B::Work", 1024, 900)],
        };

        var values = TemplateContract.Values(service, new Dictionary<string, string> { ["Version"] = "mine", ["LogLevel"] = "Debug" },
            "bucket", "key", "kms", "1.2.3", "abc1234", "boundary", "live");

        Assert.That(values, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["LogLevel"] = "Debug", ["ArtifactBucket"] = "bucket", ["ArtifactKey"] = "key", ["ArtifactKmsKeyArn"] = "kms", ["Version"] = "1.2.3",
            ["Commit"] = "abc1234", ["Runtime"] = "dotnet10", ["PermissionsBoundaryArn"] = "boundary", ["AliasName"] = "live",
            ["ApiHandler"] = "A::B::Api", ["ApiMemorySize"] = "256", ["ApiTimeout"] = "30",
            ["WorkerHandler"] = "A::B::Work", ["WorkerMemorySize"] = "1024", ["WorkerTimeout"] = "900",
        }));
        Assert.That(TemplateContract.Parameters(service), Is.EqualTo(TemplateContract.SharedParameters.Concat(new[]
        {
            "ApiHandler", "ApiMemorySize", "ApiTimeout", "WorkerHandler", "WorkerMemorySize", "WorkerTimeout",
        })));
    }

    private List<string> Check(string template, Dictionary<string, string>? parameters = null, string stackName = "greeter-preprod")
    {
        Directory.CreateDirectory(Path.Combine(root, "deploy"));
        File.WriteAllText(Path.Combine(root, "deploy", "lambda.yml"), template);
        var environment = new EnvironmentConfig("preprod", "develop", "eu-west-1", "111111111111", "222222222222", "infra", stackName)
        {
            Parameters = parameters ?? new Dictionary<string, string>(),
        };
        var config = new PipelineConfig(Path.Combine(root, "pipeline.json"), root, "greeter", new ServiceConfig("p", "A::B::C", "dotnet10", 128, 1),
            "deploy/lambda.yml", new Dictionary<string, EnvironmentConfig> { ["preprod"] = environment });
        var prefix = config.File + ": ";
        return TemplateContract.Check(config).Select(error => error.ToString()).Select(text => text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text).ToList();
    }
}

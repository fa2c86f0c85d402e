using System.Runtime.CompilerServices;
using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

public class PipelineConfigLoaderTests
{
    private ConfigWorkspace workspace = null!;

    [SetUp]
    public void SetUp() => workspace = new ConfigWorkspace();

    [TearDown]
    public void TearDown() => workspace.Dispose();

    [Test]
    public void Loads_a_valid_file()
    {
        var result = workspace.LoadText(ConfigWorkspace.Valid);

        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        var config = result.GetOrThrow();
        Assert.That(config.Application, Is.EqualTo("greeter"));
        Assert.That(config.Service.MemorySize, Is.EqualTo(256));
        Assert.That(config.Environments.Keys, Is.EqualTo(new[] { "preprod", "prod" }));
        Assert.That(config.Environment("preprod").Parameters, Is.EquivalentTo(new Dictionary<string, string> { ["LogLevel"] = "Debug", ["Retries"] = "3" }));
        Assert.That(config.Environment("prod").IsProduction, Is.True);
        Assert.That(config.Environment("prod").SessionDurationSeconds, Is.EqualTo(1800));
        Assert.That(config.TemplatePath, Is.EqualTo(Path.Combine(workspace.Root, "deploy", "lambda.yml")));
        Assert.That(config.Ephemeral, Is.EqualTo(new EphemeralConfig("preprod", "feature/*", "greeter-")));
    }

    [TestCase("environments.prod.runtimeAccount", "\"33333333333\"", "environments.prod.runtimeAccount", "exactly 12 digits")]
    [TestCase("environments.prod.runtimeAccount", "\"3333333333333\"", "environments.prod.runtimeAccount", "exactly 12 digits")]
    [TestCase("environments.prod.runtimeAccount", "333333333333", "environments.prod.runtimeAccount", "expected a string")]
    [TestCase("environments.prod.runtimeAccount", null, "environments.prod.runtimeAccount", "required key")]
    [TestCase("environments.preprod.region", "\"eu-wset-1\"", "environments.preprod.region", "not a known AWS region")]
    [TestCase("environments.preprod.stackName", "\"1-greeter\"", "environments.preprod.stackName", "not a legal stack name")]
    [TestCase("environments.preprod.stackName", "\"greeter_preprod\"", "environments.preprod.stackName", "not a legal stack name")]
    [TestCase("environments.preprod.terraform", "\"infra/environments/nowhere\"", "environments.preprod.terraform", "does not exist")]
    [TestCase("template", "\"deploy/missing.yml\"", "template", "does not exist")]
    [TestCase("environments.preprod.artifactBucket", "\"Greeter_Artifacts\"", "environments.preprod.artifactBucket", "not a legal S3 bucket name")]
    [TestCase("environments.preprod.artifactBucket", "\"ab\"", "environments.preprod.artifactBucket", "3 to 63")]
    [TestCase("environments.preprod.artifactBucket", "\"192.168.1.1\"", "environments.preprod.artifactBucket", "IP address")]
    [TestCase("environments.prod.deployRoleArn", "\"arn:aws:iam::111111111111:role/deploy\"", "environments.prod.deployRoleArn", "runtimeAccount 333333333333")]
    [TestCase("environments.prod.deployRoleArn", "\"greeter-deploy\"", "environments.prod.deployRoleArn", "not an ARN")]
    [TestCase("environments.prod.cloudFormationRoleArn", "\"arn:aws:iam::333333333333:user/cfn\"", "environments.prod.cloudFormationRoleArn", "not an IAM role ARN")]
    [TestCase("environments.prod.kmsKeyArn", "\"arn:aws:kms:eu-west-1:111111111111:alias/artifacts\"", "environments.prod.kmsKeyArn", "alias ARN")]
    [TestCase("environments.prod.kmsKeyArn", "\"alias/artifacts\"", "environments.prod.kmsKeyArn", "alias name")]
    [TestCase("environments.prod.kmsKeyArn", "\"arn:aws:kms:eu-west-1:333333333333:key/abc\"", "environments.prod.kmsKeyArn", "infrastructure account 111111111111")]
    [TestCase("environments.prod.kmsKeyArn", "\"arn:aws:kms:us-east-1:111111111111:key/abc\"", "environments.prod.kmsKeyArn", "stack's region")]
    [TestCase("environments.prod.sessionDurationSeconds", "60", "environments.prod.sessionDurationSeconds", "out of range")]
    [TestCase("environments.prod.sessionDurationSeconds", "7200", "environments.prod.sessionDurationSeconds", "chained sessions at one hour")]
    [TestCase("environments.prod.requireConfirmation", "\"yes\"", "environments.prod.requireConfirmation", "true or false")]
    [TestCase("environments.prod.alsoBranches", "\"main\"", "environments.prod.alsoBranches", "list of strings")]
    [TestCase("environments.prod.branch", "\"develop\"", "environments.prod.branch", "already deploys environment 'preprod'")]
    [TestCase("environments.prod.alsoBranches", "[\"develop\"]", "environments.prod.alsoBranches", "already deploys environment 'preprod'")]
    [TestCase("environments.preprod.runtimAccount", "\"1\"", "environments.preprod.runtimAccount", "Did you mean 'runtimeAccount'")]
    [TestCase("ephemeral.basedOn", "\"preprd\"", "ephemeral.basedOn", "Did you mean \"preprod\"")]
    [TestCase("ephemeral.stackPrefix", "\"Greeter_\"", "ephemeral.stackPrefix", "cannot start a stack name")]
    [TestCase("ephemeral.developerRoleArns", "\"dev\"", "ephemeral.developerRoleArns", "list of strings")]
    [TestCase("ephemeral.developerRoleArns", "[\"arn:aws:iam::999999999999:role/dev\"]", "ephemeral.developerRoleArns[0]", "infrastructure account of preprod")]
    [TestCase("ephemeral.developerRoleArns", "[\"arn:aws:iam::111111111111:user/dev\"]", "ephemeral.developerRoleArns[0]", "not an IAM role ARN")]
    [TestCase("ephemeral.developerRoleArns", "[\"arn:aws:iam::111111111111:role/dev?\"]", "ephemeral.developerRoleArns[0]", "only '*' is a wildcard")]
    [TestCase("service.memorySize", "\"256\"", "service.memorySize", "whole number")]
    [TestCase("service.handler", "\"Function.HandleAsync\"", "service.handler", "Assembly::Namespace.Type::Method")]
    [TestCase("environments", "{}", "environments", "no environments")]
    [TestCase("environments.Pre_Prod", "{}", "environments.Pre_Prod", "not a usable environment name")]
    public void Reports_the_key_path_and_a_fix(string keyPath, string? json, string expectedPath, string expectedText)
    {
        var result = workspace.LoadWith(keyPath, json);

        Assert.That(result.IsValid, Is.False);
        var error = result.Errors.FirstOrDefault(e => e.KeyPath == expectedPath);
        Assert.That(error, Is.Not.Null, "errors: " + string.Join("\n", result.Errors));
        Assert.That(error!.Message + " " + error.Fix, Does.Contain(expectedText));
        Assert.That(error.Fix, Is.Not.Empty);
        Assert.That(error.File, Is.EqualTo(workspace.ConfigPath));
        Assert.That(error.ToString(), Does.StartWith(workspace.ConfigPath + ": " + expectedPath + ": ").And.Not.Contain("\n"));
    }

    [Test]
    public void Reports_all_errors_together()
    {
        var text = ConfigWorkspace.Valid
            .Replace("\"333333333333\",", "\"33333333333\",", StringComparison.Ordinal)
            .Replace("\"greeter-preprod\"", "\"greeter_preprod\"", StringComparison.Ordinal)
            .Replace("\"deploy/lambda.yml\"", "\"deploy/nope.yml\"", StringComparison.Ordinal)
            .Replace("\"branch\": \"develop\", \"region\": \"eu-west-1\"", "\"branch\": \"develop\", \"region\": \"mars-1\"", StringComparison.Ordinal);

        var result = workspace.LoadText(text);

        Assert.That(result.Errors.Select(e => e.KeyPath), Is.SupersetOf(new[]
        {
            "environments.prod.runtimeAccount", "environments.preprod.stackName", "template", "environments.preprod.region",
        }));
        Assert.That(() => result.GetOrThrow(), Throws.TypeOf<PipelineConfigException>().With.Message.Contains("environments.preprod.stackName"));
    }

    [Test]
    public void Reports_json_syntax_errors_with_line_and_column()
    {
        var result = workspace.LoadText("{\n  \"application\": \"greeter\"\n  \"template\": \"x\"\n}");

        var error = result.Errors.Single();
        Assert.That(error.Message, Does.Contain("line 3, column 3"));
        Assert.That(error.Fix, Does.Contain("line 3"));
    }

    [Test]
    public void Reports_a_missing_file()
    {
        var result = PipelineConfigLoader.Load(Path.Combine(workspace.Root, "nope.json"));

        Assert.That(result.Errors.Single().Message, Does.Contain("does not exist"));
    }

    [Test]
    public void Reports_duplicate_keys()
    {
        var result = workspace.LoadText(ConfigWorkspace.Valid.Replace("\"application\": \"greeter\",", "\"application\": \"greeter\", \"application\": \"other\",", StringComparison.Ordinal));

        Assert.That(result.Errors.Single().KeyPath, Is.EqualTo("application"));
    }

    [Test]
    public void The_repository_pipeline_json_is_valid()
    {
        var root = FindRepositoryRoot();
        var result = PipelineConfigLoader.Load(Path.Combine(root, PipelineConfigLoader.DefaultFileName));

        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
    }

    private static string FindRepositoryRoot([CallerFilePath] string source = "")
    {
        var starts = new[] { Path.GetDirectoryName(source), TestContext.CurrentContext.TestDirectory, Environment.CurrentDirectory };
        foreach (var start in starts.OfType<string>())
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Pipeline.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        Assert.Ignore("The repository root (Pipeline.slnx) is not above the test or source directory.");
        return string.Empty;
    }
}

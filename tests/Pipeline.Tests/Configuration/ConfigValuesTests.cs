using System.Text.Json.Nodes;
using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>What a valid pipeline.json is read into, key by key, beside the defaults a left-out key takes.</summary>
public class ConfigValuesTests
{
    private ConfigWorkspace workspace = null!;

    [SetUp]
    public void SetUp() => workspace = new ConfigWorkspace();

    [TearDown]
    public void TearDown() => workspace.Dispose();

    [Test]
    public void Every_environment_key_is_read_into_its_setting()
    {
        var config = Load(root =>
        {
            var preprod = root["environments"]!["preprod"]!;
            preprod["cloudFormationRoleArn"] = "arn:aws:iam::222222222222:role/cfn";
            preprod["artifactBucket"] = "greeter-artifacts";
            preprod["stackPrefix"] = "greeter-";
            preprod["provisioningRoleName"] = "team-terraform";
            preprod["bootstrapRoleName"] = "Admin";
            preprod["stateBucket"] = "greeter-tfstate";
            preprod["artifactRetentionDays"] = 7;
            preprod["requireConfirmation"] = true;
            preprod["parameters"] = JsonNode.Parse("""{ "LogLevel": true, "Retries": 3.5 }""");
        });

        var preprod = config.Environment("preprod");
        Assert.Multiple(() =>
        {
            Assert.That(preprod, Is.EqualTo(
                new EnvironmentConfig("preprod", "develop", "eu-west-1", "111111111111", "222222222222", "infra/environments/preprod", "greeter-preprod")
                {
                    CloudFormationRoleArn = "arn:aws:iam::222222222222:role/cfn",
                    ArtifactBucket = "greeter-artifacts",
                    StackPrefix = "greeter-",
                    ProvisioningRoleName = "team-terraform",
                    BootstrapRoleName = "Admin",
                    StateBucket = "greeter-tfstate",
                    ArtifactRetentionDays = 7,
                    RequireConfirmation = true,
                    Parameters = preprod.Parameters,
                    AlsoBranches = preprod.AlsoBranches,
                    Release = preprod.Release,
                }));
            Assert.That(preprod.Parameters, Is.EquivalentTo(new Dictionary<string, string> { ["LogLevel"] = "true", ["Retries"] = "3.5" }));
            Assert.That(preprod.AlsoBranches, Is.Empty);
            Assert.That(preprod.NeedsConfirmation, Is.True);
        });
    }

    [Test]
    public void Left_out_optional_keys_take_no_value_and_false()
    {
        var preprod = Load(_ => { }).Environment("preprod");

        Assert.Multiple(() =>
        {
            Assert.That(preprod.RequireConfirmation, Is.False);
            Assert.That(preprod.NeedsConfirmation, Is.False);
            Assert.That(preprod.AlsoBranches, Is.Empty);
            Assert.That((preprod.DeployRoleArn, preprod.CloudFormationRoleArn, preprod.ArtifactBucket, preprod.KmsKeyArn, preprod.ExternalId), Is.EqualTo(((string?)null, (string?)null, (string?)null, (string?)null, (string?)null)));
            Assert.That((preprod.SessionDurationSeconds, preprod.ArtifactRetentionDays), Is.EqualTo(((int?)null, (int?)null)));
            Assert.That((preprod.StackPrefix, preprod.ProvisioningRoleName, preprod.BootstrapRoleName, preprod.StateBucket), Is.EqualTo(((string?)null, (string?)null, (string?)null, (string?)null)));
        });
    }

    [Test]
    public void The_prod_environment_reads_its_role_key_and_session_settings()
    {
        var prod = Load(_ => { }).Environment("prod");

        Assert.Multiple(() =>
        {
            Assert.That(prod.Branches, Is.EqualTo(new[] { "master", "main" }));
            Assert.That(prod.RequireConfirmation, Is.True);
            Assert.That(prod.DeployRoleArn, Is.EqualTo("arn:aws:iam::333333333333:role/greeter-deploy"));
            Assert.That(prod.KmsKeyArn, Is.EqualTo("arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"));
            Assert.That(prod.ExternalId, Is.EqualTo("greeter-prod-deploy"));
            Assert.That(prod.SessionDurationSeconds, Is.EqualTo(1800));
            Assert.That(prod.ToString(), Is.EqualTo("prod (master -> stack greeter-prod, runtime account 333333333333, eu-west-1)"));
        });
    }

    [Test]
    public void The_service_keys_are_read_and_functions_inherit_what_they_leave_out()
    {
        File.WriteAllText(Path.Combine(workspace.Root, "health.json"), "{}");
        File.WriteAllText(Path.Combine(workspace.Root, "src", "Service", "Tests.csproj"), "<Project />");
        var single = Load(root =>
        {
            root["service"]!["tests"] = JsonNode.Parse("""["src/Service/Tests.csproj"]""");
            root["service"]!["smokeEvent"] = "health.json";
        }).Service;

        Assert.Multiple(() =>
        {
            Assert.That(single with { Tests = [] }, Is.EqualTo(new ServiceConfig("src/Service/Service.csproj", "Service::Service.Function::HandleAsync", "dotnet10", 256, 15) { SmokeEvent = "health.json" }));
            Assert.That(single.Tests, Is.EqualTo(new[] { "src/Service/Tests.csproj" }));
            Assert.That(single.Functions.Single(), Is.EqualTo(new FunctionConfig(string.Empty, "Service::Service.Function::HandleAsync", 256, 15) { SmokeEvent = "health.json" }));
        });
    }

    [Test]
    public void Named_functions_keep_their_own_settings_and_smoke_events()
    {
        File.WriteAllText(Path.Combine(workspace.Root, "api.json"), "{}");
        File.WriteAllText(Path.Combine(workspace.Root, "deploy", "lambda.yml"), "Parameters:\n" +
            string.Concat(new[] { "Api", "Worker" }.SelectMany(f => new[] { "Handler", "MemorySize", "Timeout" }.Select(p => $"  {f}{p}:\n    Type: String\n"))) +
            string.Concat(TemplateContract.SharedParameters.Select(name => $"  {name}:\n    Type: String\n")) +
            "  LogLevel:\n    Type: String\n    Default: x\n  Retries:\n    Type: String\n    Default: x\n" +
            "Resources:\n  A:\n    FunctionName: !Sub ${AWS::StackName}-api\n  W:\n    FunctionName: !Sub ${AWS::StackName}-worker\n");
        var service = Load(root =>
        {
            root["service"]!.AsObject().Remove("handler");
            root["service"]!["functions"] = JsonNode.Parse("""
                { "Api": { "handler": "A::B::C", "smokeEvent": "api.json" }, "Worker": { "handler": "A::B::D", "memorySize": 512, "timeoutSeconds": 60 } }
                """);
        }).Service;

        Assert.Multiple(() =>
        {
            Assert.That(service.Functions, Is.EqualTo(new[]
            {
                new FunctionConfig("Api", "A::B::C", 256, 15) { SmokeEvent = "api.json" },
                new FunctionConfig("Worker", "A::B::D", 512, 60),
            }));
            Assert.That(service.Handler, Is.EqualTo("A::B::C"));
            Assert.That(service.SmokeEvent, Is.Null);
        });
    }

    [Test]
    public void Ephemeral_reads_its_keys_and_defaults_the_branch_pattern()
    {
        var config = Load(root =>
        {
            root["ephemeral"]!.AsObject().Remove("branchPattern");
            root["ephemeral"]!["developerRoleArns"] = JsonNode.Parse("""["arn:aws:iam::111111111111:role/dev-*", "arn:aws:iam::111111111111:role/ops"]""");
        });

        Assert.That(config.Ephemeral, Is.EqualTo(new EphemeralConfig("preprod", "feature/*", "greeter-") { DeveloperRoleArns = config.Ephemeral!.DeveloperRoleArns }));
        Assert.That(config.Ephemeral.DeveloperRoleArns, Is.EqualTo(new[] { "arn:aws:iam::111111111111:role/dev-*", "arn:aws:iam::111111111111:role/ops" }));
    }

    [Test]
    public void A_branch_pattern_of_its_own_is_kept() =>
        Assert.That(Load(root => root["ephemeral"]!["branchPattern"] = "bugfix/*").Ephemeral!.BranchPattern, Is.EqualTo("bugfix/*"));

    private PipelineConfig Load(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(ConfigWorkspace.Valid)!.AsObject();
        edit(root);
        var result = workspace.LoadText(root.ToJsonString());
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        return result.Config!;
    }
}

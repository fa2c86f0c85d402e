using System.Text.Json.Nodes;
using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>A temporary repository root with the files pipeline.json points at, and a valid pipeline.json to vary.</summary>
internal sealed class ConfigWorkspace : IDisposable
{
    public const string Valid = """
        {
          "application": "greeter",
          "repository": "https://github.com/example-org/greeter.git",
          "service": { "project": "src/Service/Service.csproj", "handler": "Service::Service.Function::HandleAsync",
                       "runtime": "dotnet10", "memorySize": 256, "timeoutSeconds": 15 },
          "template": "deploy/lambda.yml",
          "environments": {
            "preprod": { "branch": "develop", "region": "eu-west-1",
                         "infrastructureAccount": "111111111111", "runtimeAccount": "222222222222",
                         "terraform": "infra/environments/preprod", "stackName": "greeter-preprod",
                         "parameters": { "LogLevel": "Debug", "Retries": 3 } },
            "prod": { "branch": "master", "alsoBranches": ["main"], "requireConfirmation": true, "region": "eu-west-1",
                      "infrastructureAccount": "111111111111", "runtimeAccount": "333333333333",
                      "terraform": "infra/environments/prod", "stackName": "greeter-prod",
                      "deployRoleArn": "arn:aws:iam::333333333333:role/greeter-deploy",
                      "kmsKeyArn": "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                      "externalId": "greeter-prod-deploy", "sessionDurationSeconds": 1800 }
          },
          "ephemeral": { "basedOn": "preprod", "branchPattern": "feature/*", "stackPrefix": "greeter-" }
        }
        """;

    /// <summary>A template that declares what the build passes (see TemplateContract) and the parameters of <see cref="Valid"/>.</summary>
    public static readonly string Template = "Parameters:\n" +
        string.Concat(TemplateContract.BuildParameters.Select(name => $"  {name}:\n    Type: String\n")) +
        "  LogLevel:\n    Type: String\n    Default: Information\n  Retries:\n    Type: String\n    Default: \"0\"\n" +
        "Resources: {}\n";

    public ConfigWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("policy-config-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "deploy"));
        File.WriteAllText(Path.Combine(Root, "deploy", "lambda.yml"), Template);
        Directory.CreateDirectory(Path.Combine(Root, "src", "Service"));
        File.WriteAllText(Path.Combine(Root, "src", "Service", "Service.csproj"), "<Project />\n");
        Directory.CreateDirectory(Path.Combine(Root, "infra", "environments", "preprod"));
        Directory.CreateDirectory(Path.Combine(Root, "infra", "environments", "prod"));
    }

    public string Root { get; }

    public string ConfigPath => Path.Combine(Root, "pipeline.json");

    /// <summary>Writes the valid config with one value replaced (JSON text) or removed (null) at a dotted key path.</summary>
    public ConfigLoadResult LoadWith(string keyPath, string? json)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        var parts = keyPath.Split('.');
        var parent = parts[..^1].Aggregate(root, (node, part) => node[part]!.AsObject());
        if (json is null)
        {
            parent.Remove(parts[^1]);
        }
        else
        {
            parent[parts[^1]] = JsonNode.Parse(json);
        }

        return LoadText(root.ToJsonString());
    }

    public ConfigLoadResult LoadText(string text)
    {
        File.WriteAllText(ConfigPath, text);
        return PipelineConfigLoader.Load(ConfigPath);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

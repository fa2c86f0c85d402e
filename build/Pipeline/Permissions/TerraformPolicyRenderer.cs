using System.Text.Json.Nodes;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Pipeline.Aws;
using Pipeline.Configuration;
using Pipeline.LocalAws;
using Pipeline.Processes;
using Pipeline.Terraform;

namespace Pipeline.Permissions;

/// <summary>
/// Renders, for each environment, infra/bootstrap (build roles, provisioning role, boundary) and the environment root's policies with Terraform itself: the real-AWS variable values from
/// pipeline.json (CI on, every Deny kept), applied to a local emulator only because a plan leaves the
/// documents that name a new role or key unknown. Only the resources that carry a policy are targeted.
/// </summary>
public sealed class TerraformPolicyRenderer(string repositoryRoot, string scratchDirectory, Action<string>? log = null)
{
    /// <summary>Resource types whose attributes hold a principal or a policy.</summary>
    public static readonly IReadOnlySet<string> PolicyTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "aws_iam_role", "aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_iam_policy",
        "aws_s3_bucket_policy", "aws_kms_key",
    };

    private readonly ProcessRunner runner = new();

    public async Task<RenderedPolicies> RenderAsync(PipelineConfig config, CancellationToken cancel = default)
    {
        using var moto = await MotoServer.StartAsync(cancel: cancel).ConfigureAwait(false);
        var policies = new RenderedPolicies();
        foreach (var environment in config.Environments.Values)
        {
            // Bootstrap first: it creates the build roles, the provisioning role and the boundary the environment root names.
            foreach (var bootstrap in new[] { true, false })
            {
                var state = await RenderRootAsync(config, environment, bootstrap, moto.Endpoint, cancel).ConfigureAwait(false);
                policies.Add(environment.Name, state, environment.InfrastructureAccount);
            }
        }

        return policies;
    }

    private async Task<string> RenderRootAsync(PipelineConfig config, EnvironmentConfig environment, bool bootstrap, Uri endpoint, CancellationToken cancel)
    {
        var root = bootstrap ? $"bootstrap ({environment.Name})" : Path.GetFileName(environment.Terraform);
        var local = new TerraformEnvironment(repositoryRoot, Settings(config, environment, new AwsTarget(environment.Region, endpoint)), scratchDirectory);
        var real = new TerraformEnvironment(repositoryRoot, Settings(config, environment, new AwsTarget(environment.Region)), scratchDirectory);
        if (bootstrap)
        {
            (local, real) = (local.Bootstrap, real.Bootstrap);
        }

        var credentials = await InfrastructureCredentialsAsync(environment, endpoint, cancel).ConfigureAwait(false);
        using (var s3 = new AmazonS3Client(new SessionAWSCredentials(credentials.AccessKey, credentials.SecretKey, credentials.Token), new AwsTarget(environment.Region, endpoint).Configure(new AmazonS3Config())))
        {
            await new TerraformStateBucket(s3).CreateAsync(local.StateBucket, environment.Region, cancel).ConfigureAwait(false);
        }

        var processEnvironment = new Dictionary<string, string?>(local.ProcessEnvironment(TerraformCliConfig.Write(scratchDirectory)))
        {
            ["AWS_ACCESS_KEY_ID"] = credentials.AccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = credentials.SecretKey,
            ["AWS_SESSION_TOKEN"] = credentials.Token,
        };
        var variables = real.Variables
            .Concat(new Dictionary<string, string>
            {
                ["aws_endpoint_url"] = endpoint.ToString().TrimEnd('/'),
                ["aws_max_retries"] = "2",
            })
            .Concat(bootstrap ? RenderedConnection(environment) : new Dictionary<string, string> { ["enforce_bucket_policy_denies"] = "true" })
            .GroupBy(pair => pair.Key).Select(group => $"-var={group.Key}={group.Last().Value}").ToList();

        await TerraformAsync(local, processEnvironment, ["init", "-no-color", .. local.InitArguments], mustSucceed: true, cancel).ConfigureAwait(false);
        await TerraformAsync(local, processEnvironment, ["plan", "-no-color", $"-out={local.PlanFile}", .. variables], mustSucceed: true, cancel).ConfigureAwait(false);
        var plan = await TerraformAsync(local, processEnvironment, ["show", "-json", "-no-color", local.PlanFile], mustSucceed: true, cancel).ConfigureAwait(false);
        var targets = PolicyAddresses(plan.StandardOutput);

        // The emulator cannot create every resource the targets depend on; what it did create is in the state.
        var apply = await TerraformAsync(local, processEnvironment, ["apply", "-auto-approve", "-no-color", .. targets.Select(t => "-target=" + t), .. variables], mustSucceed: false, cancel).ConfigureAwait(false);
        var state = await TerraformAsync(local, processEnvironment, ["show", "-json", "-no-color"], mustSucceed: true, cancel).ConfigureAwait(false);
        var missing = targets.Except(StateAddresses(state.StandardOutput), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            log?.Invoke($"{root}: not rendered (the emulator could not create them or what they depend on): {string.Join(", ", missing)}{Environment.NewLine}{Tail(apply.StandardError)}");
        }

        return state.StandardOutput;
    }

    /// <summary>
    /// The emulator cannot create a CodeConnections connection, and the build roles' policies name it; the render
    /// passes one by ARN, as a second environment in the same account does. Only the ReadSource statement's ARN differs.
    /// </summary>
    private static Dictionary<string, string> RenderedConnection(EnvironmentConfig environment) => new()
    {
        ["create_connection"] = "false",
        ["connection_arn"] = $"arn:aws:codeconnections:{environment.Region}:{environment.InfrastructureAccount}:connection/00000000-0000-4000-8000-000000000000",
    };

    private static TerraformEnvironmentSettings Settings(PipelineConfig config, EnvironmentConfig environment, AwsTarget target) =>
        EnvironmentTerraform.Settings(config, environment, target);

    /// <summary>The emulator maps plain keys to one account; the infrastructure account is reached as on AWS, by AssumeRole.</summary>
    private static async Task<ImmutableCredentials> InfrastructureCredentialsAsync(EnvironmentConfig environment, Uri endpoint, CancellationToken cancel)
    {
        using var sts = new AmazonSecurityTokenServiceClient(
            new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey),
            new AwsTarget(environment.Region, endpoint).Configure(new AmazonSecurityTokenServiceConfig()));
        var assumed = await sts.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = $"arn:aws:iam::{environment.InfrastructureAccount}:role/permission-render",
            RoleSessionName = "permission-render",
        }, cancel).ConfigureAwait(false);
        return new ImmutableCredentials(assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey, assumed.Credentials.SessionToken);
    }

    private async Task<ProcessResult> TerraformAsync(TerraformEnvironment environment, IReadOnlyDictionary<string, string?> processEnvironment, IReadOnlyList<string> arguments, bool mustSucceed, CancellationToken cancel)
    {
        var result = await runner.RunAsync(new ProcessSpec("terraform", ["-chdir=" + environment.WorkingDirectory, .. arguments])
        {
            Environment = processEnvironment,
            Timeout = TimeSpan.FromMinutes(10),
        }, cancel).ConfigureAwait(false);
        log?.Invoke($"terraform {arguments[0]} ({environment.Name}): exit {result.ExitCode}, {result.Elapsed.TotalSeconds:0.0} s");
        if (mustSucceed && !result.Succeeded)
        {
            throw new InvalidOperationException($"terraform {arguments[0]} failed in {environment.WorkingDirectory}:{Environment.NewLine}{Tail(result.StandardError)}{Tail(result.StandardOutput)}");
        }

        return result;
    }

    private static List<string> PolicyAddresses(string planJson) =>
        [.. (JsonNode.Parse(planJson)?["resource_changes"]?.AsArray() ?? [])
            .Where(change => change?["mode"]?.GetValue<string>() == "managed" && PolicyTypes.Contains(change["type"]!.GetValue<string>()))
            .Select(change => change!["address"]!.GetValue<string>())];

    private static IEnumerable<string> StateAddresses(string showJson)
    {
        var pending = new Stack<JsonNode?>([JsonNode.Parse(showJson)?["values"]?["root_module"]]);
        while (pending.TryPop(out var module))
        {
            foreach (var resource in module?["resources"]?.AsArray() ?? [])
            {
                yield return resource!["address"]!.GetValue<string>();
            }

            foreach (var child in module?["child_modules"]?.AsArray() ?? [])
            {
                pending.Push(child);
            }
        }
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : text[^3000..];
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Processes;

namespace Pipeline.Permissions;

/// <summary>
/// Evaluates cases with @cloud-copilot/iam-simulate (tools/iam-simulate, AGPL, test-time only): installs it from
/// the committed lock file when missing, sends every case with its identity, boundary and resource policies to
/// a small node script, and reads back the decision and the decisive statements.
/// </summary>
public sealed class IamSimulator(string toolDirectory, Action<string>? log = null)
{
    public const string Package = "@cloud-copilot/iam-simulate";

    /// <summary>Stands in for a principal outside the pipeline's roles: whatever its own account grants it.</summary>
    private static readonly JsonNode AdministratorInOwnAccount = JsonNode.Parse("""{"Version":"2012-10-17","Statement":[{"Sid":"OwnAccountAdministrator","Effect":"Allow","Action":"*","Resource":"*"}]}""")!;

    private static readonly SemaphoreSlim Installing = new(1, 1);

    private readonly ProcessRunner runner = new();

    public static string DefaultDirectory(string repositoryRoot) => Path.Combine(repositoryRoot, "tools", "iam-simulate");

    public async Task EnsureInstalledAsync(CancellationToken cancel = default)
    {
        var wanted = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(toolDirectory, "package.json"), cancel).ConfigureAwait(false))?["dependencies"]?[Package]?.GetValue<string>()
            ?? throw new InvalidOperationException($"{toolDirectory}/package.json does not pin {Package}.");
        var installed = Path.Combine(toolDirectory, "node_modules", "@cloud-copilot", "iam-simulate", "package.json");
        await Installing.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            if (File.Exists(installed) && JsonNode.Parse(await File.ReadAllTextAsync(installed, cancel).ConfigureAwait(false))?["version"]?.GetValue<string>() == wanted)
            {
                return;
            }

            log?.Invoke($"Installing {Package} {wanted} into {toolDirectory} (npm ci, from the committed lock file).");
            var result = await runner.RunAsync(new ProcessSpec("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = toolDirectory, Timeout = TimeSpan.FromMinutes(5) }, cancel).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"npm ci in {toolDirectory} failed (node 20 and npm are needed for the permission proof):{Environment.NewLine}{result.StandardError}");
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    public async Task<IReadOnlyList<PermissionResult>> EvaluateAsync(IReadOnlyList<PermissionCase> cases, RenderedPolicies policies, CancellationToken cancel = default)
    {
        await EnsureInstalledAsync(cancel).ConfigureAwait(false);
        var input = new JsonObject
        {
            ["cases"] = new JsonArray([.. cases.Select((c, index) => (JsonNode)new JsonObject { ["id"] = index, ["simulation"] = Simulation(c.Request, policies) })]),
        };
        var inputFile = Path.Combine(Path.GetTempPath(), $"iam-simulate-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(inputFile, input.ToJsonString(), cancel).ConfigureAwait(false);
        try
        {
            var result = await runner.RunAsync(new ProcessSpec("sh", ["-c", "exec node evaluate.cjs < \"$1\"", "evaluate", inputFile])
            {
                WorkingDirectory = toolDirectory,
                Timeout = TimeSpan.FromMinutes(5),
            }, cancel).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The IAM evaluator failed:{Environment.NewLine}{result.StandardError}");
            }

            var outcomes = JsonNode.Parse(result.StandardOutput)!.AsArray();
            return [.. outcomes.Select(o => new PermissionResult(
                cases[o!["id"]!.GetValue<int>()],
                o["result"]!.GetValue<string>(),
                [.. o["decisive"]!.AsArray().Select(d => d!.GetValue<string>())],
                o["errors"]?.GetValue<string>()))];
        }
        finally
        {
            File.Delete(inputFile);
        }
    }

    private static JsonObject Simulation(AccessRequest request, RenderedPolicies policies)
    {
        var role = policies.Roles.GetValueOrDefault(request.Principal);
        var context = new JsonObject
        {
            ["aws:SecureTransport"] = "true",
            ["aws:PrincipalArn"] = request.Principal,
            ["aws:PrincipalAccount"] = request.PrincipalAccount,
        };
        // A request on a key carries the key's tags (Terraform's tags_all) as aws:ResourceTag/<name>.
        foreach (var (tag, value) in policies.KeyTags.GetValueOrDefault(request.Resource) ?? [])
        {
            context["aws:ResourceTag/" + tag] = value;
        }

        foreach (var (key, value) in request.Context)
        {
            context[key] = value;
        }

        var identity = role is null
            ? [new JsonObject { ["name"] = "own-account-administrator", ["policy"] = AdministratorInOwnAccount.DeepClone() }]
            : new JsonArray([.. role.Policies.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["policy"] = p.Document.DeepClone() })]);
        var (resourcePolicy, account) = ResourcePolicy(request, policies);
        var simulation = new JsonObject
        {
            ["request"] = new JsonObject
            {
                ["principal"] = request.Principal,
                ["action"] = request.Action,
                ["resource"] = new JsonObject { ["resource"] = request.Resource, ["accountId"] = account },
                ["contextVariables"] = context,
            },
            ["identityPolicies"] = request.Principal.EndsWith(".amazonaws.com", StringComparison.Ordinal) ? new JsonArray() : identity,
            ["serviceControlPolicies"] = new JsonArray(),
            ["resourceControlPolicies"] = new JsonArray(),
        };
        if (resourcePolicy is not null)
        {
            simulation["resourcePolicy"] = resourcePolicy.DeepClone();
        }

        if (role?.BoundaryArn is { } boundaryArn)
        {
            var boundary = policies.Boundary(role) ?? throw new InvalidOperationException($"{role.Arn} has permissions boundary {boundaryArn}, which the roots do not create.");
            simulation["permissionBoundaryPolicies"] = new JsonArray(new JsonObject { ["name"] = boundaryArn.Split('/')[^1], ["policy"] = boundary.DeepClone() });
        }

        return simulation;
    }

    private static (JsonNode? Policy, string Account) ResourcePolicy(AccessRequest request, RenderedPolicies policies)
    {
        var arn = request.Resource;
        if (arn.StartsWith("arn:aws:s3:::", StringComparison.Ordinal))
        {
            var bucket = arn["arn:aws:s3:::".Length..].Split('/')[0];
            return policies.Buckets.TryGetValue(bucket, out var found)
                ? (found.Policy, found.Account)
                : throw new InvalidOperationException($"Bucket {bucket} is neither created by the roots nor registered by the case table; its account is unknown.");
        }

        var parts = arn.Split(':');
        var account = parts.Length > 4 && parts[4].Length > 0 ? parts[4] : request.PrincipalAccount;
        if (arn.StartsWith("arn:aws:kms:", StringComparison.Ordinal) && arn.Contains(":key/", StringComparison.Ordinal))
        {
            return (policies.KeyPolicies.GetValueOrDefault(arn) ?? throw new InvalidOperationException($"No key policy rendered for {arn}."), account);
        }

        if (request.Action.StartsWith("sts:", StringComparison.OrdinalIgnoreCase) && policies.Roles.TryGetValue(arn, out var target))
        {
            return (target.Trust, account);
        }

        return (null, account);
    }
}

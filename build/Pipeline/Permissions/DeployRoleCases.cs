using Pipeline.Configuration;
using static Pipeline.Permissions.PermissionCaseTable;

namespace Pipeline.Permissions;

/// <summary>
/// What the deploy role does (build/Pipeline/Deploy's CloudFormation calls), on the environment's stack and,
/// for the environment ephemeral stacks are based on, on a feature branch's stack; drift detection reads the
/// stack's resources with the caller's permissions, so their read handlers' permissions are needed too.
/// </summary>
public sealed class DeployRoleCases(PipelineConfig config, EnvironmentPrincipals env, IReadOnlyList<TemplateResource> template, HandlerRequests handlers)
{
    /// <summary>Every CloudFormation action build/Pipeline/Deploy calls on a stack (a test keeps this in step with the code).</summary>
    public static readonly IReadOnlyList<string> StackActions =
    [
        "CreateChangeSet", "DescribeChangeSet", "ExecuteChangeSet", "DeleteChangeSet", "ListChangeSets",
        "DescribeStacks", "DescribeStackEvents", "ListStackResources", "DeleteStack", "DetectStackDrift", "DescribeStackResourceDrifts",
    ];

    /// <summary>Every Lambda action build/Pipeline/Release calls on the stack's function (a version or the alias is a qualifier).</summary>
    public static readonly IReadOnlyList<string> ReleaseActions =
    [
        "GetFunctionConfiguration", "ListVersionsByFunction", "PublishVersion", "GetAlias", "CreateAlias", "UpdateAlias", "InvokeFunction",
    ];

    /// <summary>Actions that take no stack ARN: IAM authorizes them on "*".</summary>
    public static readonly IReadOnlyList<string> AccountActions = ["DescribeStackDriftDetectionStatus"];

    /// <summary>The deploy stage as the emulator recorded it; when set, its requests replace the typed lists but for <see cref="OnlyTyped"/>.</summary>
    public DeployRecording.Recording? Recording { get; init; }

    /// <summary>Typed actions the recording cannot show, and why; a test keeps this equal to the typed lists minus the recording.</summary>
    public static readonly IReadOnlyDictionary<string, string> OnlyTyped = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cloudformation:DeleteChangeSet"] = "moto reports changes for an unchanged update, so the empty change set is never deleted there",
        ["cloudformation:DescribeStackResourceDrifts"] = "moto does not implement drift detection: DetectStackDrift answers an error, so no results are read",
        ["cloudformation:DescribeStackDriftDetectionStatus"] = "moto does not implement drift detection: DetectStackDrift answers an error, so no status is polled",
    };

    /// <summary>Every typed action, service-prefixed, with the release's alarm read.</summary>
    public static IEnumerable<string> TypedActions =>
        StackActions.Concat(AccountActions).Select(a => "cloudformation:" + a).Concat(ReleaseActions.Select(a => "lambda:" + a)).Append("cloudwatch:DescribeAlarms");

    public IEnumerable<PermissionCase> Build()
    {
        var who = $"{env.Environment.Name} deploy role";
        var recorded = Recording is { } recording ? DeployAuthorization.Map(recording).ToList() : null;
        foreach (var stack in Stacks())
        {
            var typed = recorded is null ? TypedStackCases(who, stack) : [.. RecordedCases(who, recorded, stack.Name), .. OnlyTypedCases(who, stack)];
            foreach (var typedCase in typed)
            {
                yield return typedCase;
            }

            foreach (var resource in template)
            {
                foreach (var permission in resource.Needed("read"))
                {
                    yield return Allow(who, $"drift detection reads {resource.LogicalId} ({resource.Type}) of {stack.Label}",
                        handlers.For(env.Deploy, permission, stack.Name, resource));
                }
            }
        }

        if (recorded is null)
        {
            foreach (var action in AccountActions)
            {
                yield return Allow(who, action, AccessRequest.Of(env.Deploy, "cloudformation:" + action, "*"));
            }
        }
        else
        {
            foreach (var recordedCase in RecordedCases(who, recorded, stack: null))
            {
                yield return recordedCase;
            }
        }

        yield return Allow(who, "pass the execution role to CloudFormation", AccessRequest.Of(env.Deploy, "iam:PassRole", env.Execution, ("iam:PassedToService", "cloudformation.amazonaws.com")));
        yield return Deny(who, "pass the execution role to another service", AccessRequest.Of(env.Deploy, "iam:PassRole", env.Execution, ("iam:PassedToService", "lambda.amazonaws.com")));
        yield return Deny(who, "change a stack outside its prefixes", AccessRequest.Of(env.Deploy, "cloudformation:CreateChangeSet", env.Stack("someone-elses-stack")));
        yield return Deny(who, "move the alias of a function outside its prefixes", AccessRequest.Of(env.Deploy, "lambda:UpdateAlias",
            $"arn:aws:lambda:{env.Region}:{env.Runtime}:function:someone-elses-function:live"));
        yield return Deny(who, "invoke a function outside its prefixes", AccessRequest.Of(env.Deploy, "lambda:InvokeFunction",
            $"arn:aws:lambda:{env.Region}:{env.Runtime}:function:someone-elses-function:2"));
        yield return Deny(who, $"turn termination protection off on {env.Environment.StackName} (an operator's step)",
            AccessRequest.Of(env.Deploy, "cloudformation:UpdateTerminationProtection", env.Stack(env.Environment.StackName)));
        yield return Deny(who, "delete a stack outside its prefixes", AccessRequest.Of(env.Deploy, "cloudformation:DeleteStack", env.Stack("someone-elses-stack")));
    }

    private IEnumerable<PermissionCase> TypedStackCases(string who, (string Name, string Label, bool Ephemeral) stack)
    {
        foreach (var action in StackActions)
        {
            yield return Allow(who, $"typed: {action} on {stack.Label}", AccessRequest.Of(env.Deploy, "cloudformation:" + action, env.Stack(stack.Name)));
        }

        var function = $"arn:aws:lambda:{env.Region}:{env.Runtime}:function:{stack.Name}";
        foreach (var action in ReleaseActions)
        {
            var qualified = action switch
            {
                _ when action.EndsWith("Alias", StringComparison.Ordinal) => $"{function}:{env.Environment.Release.Alias}",
                "InvokeFunction" => $"{function}:2", // the post-deploy check calls the new version by its number
                _ => function,
            };
            yield return Allow(who, $"typed: release: {action} on {stack.Label}'s function", AccessRequest.Of(env.Deploy, "lambda:" + action, qualified));
        }

        yield return Allow(who, $"typed: release: watch {stack.Label}'s alarms", AccessRequest.Of(env.Deploy, "cloudwatch:DescribeAlarms",
            $"arn:aws:cloudwatch:{env.Region}:{env.Runtime}:alarm:{stack.Name}-errors"));
    }

    private IEnumerable<PermissionCase> OnlyTypedCases(string who, (string Name, string Label, bool Ephemeral) stack) =>
        OnlyTyped.Select(typed => Allow(who, $"typed ({typed.Value}): {typed.Key.Split(':')[1]} on {stack.Label}",
            AccessRequest.Of(env.Deploy, typed.Key, typed.Key.EndsWith("DetectionStatus", StringComparison.Ordinal) ? "*" : env.Stack(stack.Name))));

    /// <summary>The recorded calls on one stack (or, with no stack, those naming none: roles, "*"), moved onto the environment's names.</summary>
    private IEnumerable<PermissionCase> RecordedCases(string who, IReadOnlyList<DeployCall> recorded, string? stack)
    {
        var cases = recorded
            .Select(call => (call, Resource: Translate(call.Resource, stack ?? DeployRecording.Stack)))
            .Where(c => (c.Resource.OnStack && stack is not null) || (!c.Resource.OnStack && stack is null))
            .GroupBy(c => (c.call.ByDeployRole, c.call.Action, c.Resource.Arn, Context: string.Join(",", c.call.Context)));
        foreach (var group in cases)
        {
            var (call, resource) = group.First();
            var shown = group.Count() == 1 ? call.Shown : $"{call.Shown} and {group.Count() - 1} alike";
            var principal = call.ByDeployRole ? env.Deploy : env.Push;
            var label = call.ByDeployRole ? who : $"{env.Environment.Name} push build";
            yield return Allow(label, $"recorded{(stack is null ? string.Empty : " on " + stack)}: {Shorten(shown)}", AccessRequest.Of(principal, call.Action, resource.Arn, [.. call.Context]));
        }
    }

    private (string Arn, bool OnStack) Translate(string recorded, string stack)
    {
        var (region, account, name) = (LocalAws.LocalAccounts.Region, LocalAws.LocalAccounts.Runtime, DeployRecording.Stack);
        if (recorded.StartsWith($"arn:aws:cloudformation:{region}:{account}:stack/{name}/", StringComparison.Ordinal))
        {
            return (env.Stack(stack), true);
        }

        foreach (var (service, kind, separator) in new[] { ("lambda", "function:", ':'), ("cloudwatch", "alarm:", '-') })
        {
            var prefix = $"arn:aws:{service}:{region}:{account}:{kind}{name}";
            if (recorded.StartsWith(prefix, StringComparison.Ordinal) && (recorded.Length == prefix.Length || recorded[prefix.Length] == separator))
            {
                var suffix = recorded[prefix.Length..] == ":" + Recording!.Alias ? ":" + env.Environment.Release.Alias : recorded[prefix.Length..];
                return ($"arn:aws:{service}:{env.Region}:{env.Runtime}:{kind}{stack}{suffix}", true);
            }
        }

        return recorded switch
        {
            DeployRecording.DeployRole => (env.Deploy, false),
            DeployRecording.ExecutionRole => (env.Execution, false),
            "*" => ("*", false),
            _ => throw new InvalidOperationException($"The recorded deploy stage named {recorded}, which is none of the recording's stack, function, alarms or roles; map it in {nameof(DeployRoleCases)}."),
        };
    }

    private static string Shorten(string shown) => shown.Length > 90 ? shown[..90] + "…" : shown;

    public IEnumerable<(string Name, string Label, bool Ephemeral)> Stacks()
    {
        yield return (env.Environment.StackName, $"stack {env.Environment.StackName}", false);
        if (config.Ephemeral is { } ephemeral && ephemeral.BasedOn == env.Environment.Name)
        {
            var stack = config.ForEphemeral(SampleFeatureBranch(ephemeral.BranchPattern)).StackName;
            yield return (stack, $"ephemeral stack {stack}", true);
        }
    }

    /// <summary>A branch the ephemeral pattern matches: its wildcard filled in.</summary>
    public static string SampleFeatureBranch(string pattern) => pattern.Replace("*", "permission-proof", StringComparison.Ordinal);
}

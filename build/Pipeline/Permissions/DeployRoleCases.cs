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

    public IEnumerable<PermissionCase> Build()
    {
        var who = $"{env.Environment.Name} deploy role";
        foreach (var stack in Stacks())
        {
            foreach (var action in StackActions)
            {
                yield return Allow(who, $"{action} on {stack.Label}", AccessRequest.Of(env.Deploy, "cloudformation:" + action, env.Stack(stack.Name)));
            }

            foreach (var resource in template)
            {
                foreach (var permission in resource.Needed("read"))
                {
                    yield return Allow(who, $"drift detection reads {resource.LogicalId} ({resource.Type}) of {stack.Label}",
                        handlers.For(env.Deploy, permission, stack.Name, resource));
                }
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
                yield return Allow(who, $"release: {action} on {stack.Label}'s function", AccessRequest.Of(env.Deploy, "lambda:" + action, qualified));
            }

            yield return Allow(who, $"release: watch {stack.Label}'s alarms", AccessRequest.Of(env.Deploy, "cloudwatch:DescribeAlarms",
                $"arn:aws:cloudwatch:{env.Region}:{env.Runtime}:alarm:{stack.Name}-errors"));
        }

        foreach (var action in AccountActions)
        {
            yield return Allow(who, action, AccessRequest.Of(env.Deploy, "cloudformation:" + action, "*"));
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

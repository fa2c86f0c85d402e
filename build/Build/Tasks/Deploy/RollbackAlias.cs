using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Release;

namespace Build.Tasks.Deploy;

[TaskName(nameof(RollbackAlias))]
[TaskDescription("Points each function's alias back at the version it replaced (or a single function's at --to-version=N); no build, no stack change.")]
[IsDependentOn(typeof(AssumeRuntimeRole))]
public sealed class RollbackAlias : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var target = context.Delivery.Target;
        var alias = context.TargetEnvironment.Release.Alias;
        var service = context.Config.Service;
        if (context.Options.ToVersion is { } version && service.Functions.Count > 1)
        {
            throw new CakeException(
                $"--to-version={version} names one version, but {Path.GetFileName(context.Config.File)} names {service.Functions.Count} functions whose versions differ. " +
                "Run Rollback without --to-version: each alias goes back to the version it served before the last release.");
        }

        using var lambda = Lambda.Client(context);
        var outcomes = new List<ReleaseOutcome>();
        var failures = new List<string>();
        foreach (var function in service.Functions)
        {
            var name = function.DeployedName(target.StackName);
            try
            {
                var outcome = await new AliasRollback(lambda, message => context.Information(message))
                    .RollbackAsync(name, alias, context.Options.ToVersion, CancellationToken.None);
                outcomes.Add(outcome with { Function = function.Name });
                context.Information(outcome.Summary);
            }
            catch (ReleaseException error)
            {
                failures.Add(error.Message);
            }
        }

        if (outcomes.Count > 0)
        {
            ReleaseRecord.Write(Path.Combine(context.Paths.Deploy, target.Environment + ".json"), outcomes);
        }

        if (failures.Count > 0)
        {
            throw new CakeException(string.Join(Environment.NewLine, failures));
        }
    }
}

using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Release;

namespace Build.Tasks.Deploy;

[TaskName(nameof(RollbackAlias))]
[TaskDescription("Points the environment's alias back at the version it replaced, or at --to-version=N; no build, no stack change.")]
[IsDependentOn(typeof(AssumeRuntimeRole))]
public sealed class RollbackAlias : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var target = context.Delivery.Target;
        var alias = context.TargetEnvironment.Release.Alias;
        using var lambda = Lambda.Client(context);
        ReleaseOutcome outcome;
        try
        {
            outcome = await new AliasRollback(lambda, message => context.Information(message))
                .RollbackAsync(target.StackName, alias, context.Options.ToVersion, CancellationToken.None);
        }
        catch (ReleaseException error)
        {
            throw new CakeException(error.Message);
        }

        ReleaseRecord.Write(Path.Combine(context.Paths.Deploy, target.Environment + ".json"), outcome);
        context.Information(outcome.Summary);
    }
}

using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Build.Console;
using Pipeline.Deploy;

namespace Build.Tasks.Deploy;

[TaskName(nameof(DestroyStack))]
[TaskDescription("Deletes the environment's Lambda stack from the runtime account and waits until it is gone.")]
[IsDependentOn(typeof(AssumeRuntimeRole))]
public sealed class DestroyStack : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => context.Plan.DestroysStack;

    public override async Task RunAsync(BuildContext context)
    {
        var target = context.Deployment!;
        context.Information($"Deleting stack {target.StackName} from runtime account {target.RuntimeAccount} as {context.Runtime!.Identity}");
        using var cloudFormation = CloudFormation.Client(context);
        var outcome = await new StackDeployer(cloudFormation, new SystemDeployClock(), new StackDeployConsole(context))
            .DeleteStackAsync(target.StackName, target.CloudFormationRoleArn);
        if (!outcome.Succeeded)
        {
            throw new CakeException($"{target.StackName} was not deleted: {outcome.Message} " +
                string.Join("; ", outcome.Failures.Select(f => $"{f.LogicalId}: {f.Reason}")));
        }

        context.Information($"{target.StackName}: {outcome.Message}");
    }
}

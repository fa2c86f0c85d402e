using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Build.Console;
using Pipeline.Deploy;

namespace Build.Tasks.Deploy;

[TaskName(nameof(DetectDrift))]
[TaskDescription("Checks the existing stack for drift before deploying; --stop-on-drift makes drift fatal.")]
[IsDependentOn(typeof(AssumeRuntimeRole))]
public sealed class DetectDrift : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        using var cloudFormation = CloudFormation.Client(context);
        var deployer = new StackDeployer(cloudFormation, new SystemDeployClock(), new StackDeployConsole(context));
        var outcome = await deployer.DetectDriftAsync(context.Delivery.Target.StackName);
        var response = DriftResponses.For(outcome.DriftedResources.Count, context.Options.StopOnDrift);
        if (response == DriftResponse.None)
        {
            context.Information($"Drift: {outcome.Message}");
            return;
        }

        var table = ConsoleOutput.Table($"Drift in {outcome.StackName}", "Logical id", "Type", "Status", "Differences");
        foreach (var resource in outcome.DriftedResources)
        {
            ConsoleOutput.Row(table, resource.LogicalId, resource.ResourceType, resource.DriftStatus, string.Join("; ", resource.Differences));
        }

        ConsoleOutput.Write(table);
        if (response == DriftResponse.Stop)
        {
            throw new CakeException($"{outcome.StackName} has drifted (above) and --stop-on-drift is set. Reconcile the changes made outside CloudFormation, or deploy without --stop-on-drift to overwrite them.");
        }

        context.Warning($"{outcome.StackName} has drifted; this deploy overwrites what CloudFormation manages. Add --stop-on-drift to stop instead.");
    }
}

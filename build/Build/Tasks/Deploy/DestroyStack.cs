using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Build.Console;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.Configuration;
using Pipeline.Deploy;
using Pipeline.GitFlow;

namespace Build.Tasks.Deploy;

[TaskName(nameof(DestroyStack))]
[TaskDescription("Deletes the environment's Lambda stack from the runtime account and waits until it is gone.")]
[IsDependentOn(typeof(AssumeRuntimeRole))]
public sealed class DestroyStack : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var target = context.Delivery.Target;
        context.Information($"Deleting stack {target.StackName} from runtime account {target.RuntimeAccount} as {context.Aws.Runtime.Identity}");
        using var cloudFormation = CloudFormation.Client(context);
        var outcome = await new StackDeployer(cloudFormation, new SystemDeployClock(), new StackDeployConsole(context))
            .DeleteStackAsync(target.StackName, target.CloudFormationRoleArn);
        if (!outcome.Succeeded)
        {
            throw new CakeException($"{target.StackName} was not deleted: {outcome.Message} " +
                string.Join("; ", outcome.Failures.Select(f => $"{f.LogicalId}: {f.Reason}")));
        }

        context.Information($"{target.StackName}: {outcome.Message}");
        if (context.RunPlan.Target == PipelineTarget.DestroyEphemeral)
        {
            await ReleaseArtifactsAsync(context, target);
        }
    }

    // An ephemeral stack's package goes with it, unless another stack still runs the same bytes.
    private static async Task ReleaseArtifactsAsync(BuildContext context, DeploymentTarget target)
    {
        using var s3 = context.Aws.Infrastructure.Clients.S3(AwsIdentity.Infrastructure);
        var deleted = await new ArtifactStore(s3, message => context.Information(message))
            .ReleaseStackAsync(new ArtifactBucket(target.ArtifactBucket, target.KmsKeyArn), ArtifactKeys.Space(context.Config.Application, ephemeral: true), target.StackName);
        context.Information(deleted.Count == 0
            ? $"No artifacts were recorded for {target.StackName}."
            : $"Deleted from s3://{target.ArtifactBucket}: {string.Join(", ", deleted)}");
    }
}

using Cake.Common.Diagnostics;
using Cake.Frosting;
using Build.Terraform;
using Build.Tasks.Deploy;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformDestroy))]
[TaskDescription("Plans the destruction of the environment's Terraform resources (listed first), then applies exactly that plan.")]
[IsDependentOn(typeof(DestroyStack))]
public sealed class TerraformDestroy : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var environment = context.Terraform.Environment;
        using (var s3 = context.Aws.Infrastructure.Clients.S3(Pipeline.Aws.AwsIdentity.Infrastructure))
        {
            // The artifact bucket is versioned; S3 deletes no bucket that still holds a version.
            var emptied = await new VersionedBucket(s3).EmptyAsync(context.Delivery.Target.ArtifactBucket);
            context.Information($"Emptied s3://{context.Delivery.Target.ArtifactBucket}: {emptied} object version(s) and delete marker(s).");
        }

        var plan = TerraformRun.Settings<PlanSettings>(context, environment);
        plan.Destroy = true;
        plan.OutFile = environment.PlanFile;
        if (!context.TerraformPlan(plan))
        {
            context.Information($"Terraform: {environment.Name} holds nothing to destroy.");
            return;
        }

        context.TerraformApply(TerraformRun.SavedPlanApply(context, environment));
        context.Information($"Terraform: {environment.Name} destroyed; the pipeline can rebuild it from nothing.");
    }
}

using Cake.Common.Diagnostics;
using Cake.Frosting;

namespace Build.Tasks.Infra;

[TaskName(nameof(ReadTerraformOutputs))]
[TaskDescription("Reads the environment's Terraform outputs (bucket, key ARN, role ARNs) into the build context.")]
[IsDependentOn(typeof(TerraformInit))]
public sealed class ReadTerraformOutputs : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        context.Delivery.Target = TerraformRun.Resolve(context, context.Terraform.Environment, context.TargetEnvironment);
        context.Information($"Artifact bucket {context.Delivery.Target.ArtifactBucket}, key {context.Delivery.Target.KmsKeyArn}");
        context.Information($"Deploy role {context.Delivery.Target.DeployRoleArn}, CloudFormation role {context.Delivery.Target.CloudFormationRoleArn}");
    }
}

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
        context.Deployment = TerraformRun.Resolve(context, context.Terraform!, context.DeployEnvironment);
        context.Information($"Artifact bucket {context.Deployment.ArtifactBucket}, key {context.Deployment.KmsKeyArn}");
        context.Information($"Deploy role {context.Deployment.DeployRoleArn}, CloudFormation role {context.Deployment.CloudFormationRoleArn}");
    }
}

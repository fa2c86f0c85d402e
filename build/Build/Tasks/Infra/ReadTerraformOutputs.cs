using Cake.Common.Diagnostics;
using Cake.Frosting;
using Cake.Terraform;
using Cake.Terraform.Output;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(ReadTerraformOutputs))]
[TaskDescription("Reads the environment's Terraform outputs (bucket, key ARN, role ARNs) into the build context.")]
[IsDependentOn(typeof(TerraformApply))]
public sealed class ReadTerraformOutputs : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => context.Plan.Deploys || context.Plan.DestroysStack;

    public override void Run(BuildContext context)
    {
        var environment = context.Terraform!;
        var json = context.TerraformOutput(TerraformRun.Settings<TerraformOutputSettings>(context, environment));
        var outputs = TerraformOutputs.Parse(json, $"infra/environments/{environment.Name}");
        context.Deployment = context.DeployEnvironment.Resolve(new Dictionary<string, string>
        {
            [TerraformOutputs.ArtifactBucketName] = outputs.ArtifactBucket,
            [TerraformOutputs.KmsKeyArnName] = outputs.KmsKeyArn,
            [TerraformOutputs.DeployRoleArnName] = outputs.DeployRoleArn,
            [TerraformOutputs.CloudFormationRoleArnName] = outputs.CloudFormationRoleArn,
        }, context.Config.File);
        context.Information($"Artifact bucket {context.Deployment.ArtifactBucket}, key {context.Deployment.KmsKeyArn}");
        context.Information($"Deploy role {context.Deployment.DeployRoleArn}, CloudFormation role {context.Deployment.CloudFormationRoleArn}");
    }
}

namespace Pipeline.Configuration;

/// <summary>The Terraform outputs an environment's settings fall back to when pipeline.json leaves them out.</summary>
public static class TerraformOutputNames
{
    public const string DeployRoleArn = "deploy_role_arn";
    public const string CloudFormationRoleArn = "cloudformation_role_arn";
    public const string ArtifactBucket = "artifact_bucket";
    public const string KmsKeyArn = "kms_key_arn";
}

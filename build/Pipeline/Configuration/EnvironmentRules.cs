namespace Pipeline.Configuration;

/// <summary>The cross-field rules of an environment: which account each ARN must live in, and legal names.</summary>
internal static class EnvironmentRules
{
    public static void CheckOptional(EnvironmentConfig environment, string path, ConfigErrorSink sink)
    {
        var (runtime, infrastructure) = (environment.RuntimeAccount, environment.InfrastructureAccount);
        Check(sink, path, "deployRoleArn", environment.DeployRoleArn, v => AwsNameRules.RoleArn(v, runtime, "runtimeAccount"),
            $"Use the deploy role in the runtime account: arn:aws:iam::{runtime}:role/<name>, or remove the key to take Terraform's '{TerraformOutputNames.DeployRoleArn}'.");
        Check(sink, path, "cloudFormationRoleArn", environment.CloudFormationRoleArn, v => AwsNameRules.RoleArn(v, runtime, "runtimeAccount"),
            $"Use the CloudFormation service role in the runtime account: arn:aws:iam::{runtime}:role/<name>, or remove the key to take Terraform's '{TerraformOutputNames.CloudFormationRoleArn}'.");
        Check(sink, path, "artifactBucket", environment.ArtifactBucket, AwsNameRules.BucketName,
            $"Give the bucket's name only (no s3:// or ARN), or remove the key to take Terraform's '{TerraformOutputNames.ArtifactBucket}'.");
        Check(sink, path, "kmsKeyArn", environment.KmsKeyArn, v => AwsNameRules.KmsKeyArn(v, infrastructure, environment.Region),
            $"Use the key ARN in the infrastructure account: arn:aws:kms:{environment.Region}:{infrastructure}:key/<key-id>, or remove the key to take Terraform's '{TerraformOutputNames.KmsKeyArn}'.");
        Check(sink, path, "externalId", environment.ExternalId, AwsNameRules.ExternalId,
            "Use the external id the runtime role's trust policy expects.");
    }

    public static IReadOnlyList<ConfigError> CheckResolved(DeploymentTarget target, string file)
    {
        var sink = new ConfigErrorSink(file);
        var environment = new EnvironmentConfig(target.Environment, string.Empty, target.Region, target.InfrastructureAccount,
            target.RuntimeAccount, string.Empty, target.StackName)
        {
            DeployRoleArn = target.DeployRoleArn,
            CloudFormationRoleArn = target.CloudFormationRoleArn,
            ArtifactBucket = target.ArtifactBucket,
            KmsKeyArn = target.KmsKeyArn,
        };
        CheckOptional(environment, $"environments.{target.Environment}", sink);
        return sink.Errors;
    }

    private static void Check(ConfigErrorSink sink, string path, string key, string? value, Func<string, string?> rule, string fix)
    {
        if (!string.IsNullOrEmpty(value) && rule(value) is { } problem)
        {
            sink.Add($"{path}.{key}", problem, fix);
        }
    }
}

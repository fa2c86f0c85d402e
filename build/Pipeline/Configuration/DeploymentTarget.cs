namespace Pipeline.Configuration;

/// <summary>Everything a deployment needs, with every optional setting filled in from Terraform's outputs.</summary>
public sealed record DeploymentTarget(
    string Environment,
    string Region,
    string InfrastructureAccount,
    string RuntimeAccount,
    string StackName,
    string DeployRoleArn,
    string CloudFormationRoleArn,
    string ArtifactBucket,
    string KmsKeyArn,
    IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>Passed to AssumeRole when set; never logged.</summary>
    public string? ExternalId { get; init; }

    public TimeSpan SessionDuration { get; init; } = TimeSpan.FromHours(1);

    public bool RequireConfirmation { get; init; }

    public override string ToString() =>
        $"{Environment}: stack {StackName} in {Region}, runtime account {RuntimeAccount} via {DeployRoleArn}, artifacts s3://{ArtifactBucket}";
}

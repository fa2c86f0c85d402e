namespace Pipeline.Artifacts;

/// <summary>An artifact bucket and the ARN of the customer-managed KMS key every object in it must be encrypted with.</summary>
public sealed record ArtifactBucket(string Name, string KmsKeyArn)
{
    public override string ToString() => $"s3://{Name}";
}

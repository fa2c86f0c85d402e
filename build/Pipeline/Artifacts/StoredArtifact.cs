namespace Pipeline.Artifacts;

/// <summary>What HeadObject says about a stored object once it passed verification.</summary>
/// <param name="IsComposite">A multipart object: its S3 checksum covers the parts, so the sha256 metadata identifies the file.</param>
public sealed record StoredArtifact(string Bucket, string Key, long Size, string? Sha256, string KmsKeyId, string? ChecksumSha256, bool IsComposite);

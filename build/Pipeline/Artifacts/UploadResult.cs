namespace Pipeline.Artifacts;

/// <summary>The outcome of an upload or promotion. <see cref="BytesUploaded"/> is 0 when the artifact was already stored.</summary>
public sealed record UploadResult(
    string Bucket, string Key, string ManifestKey, string Sha256, long Size, long BytesUploaded, bool Skipped, bool Multipart)
{
    public string Uri => $"s3://{Bucket}/{Key}";
}

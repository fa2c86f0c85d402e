namespace Pipeline.Packaging;

/// <summary>
/// What was packaged and from where. Stored as artifacts/package/manifest.json and next to the zip in S3,
/// whose key is content-addressed so the same bytes are uploaded once and never overwritten.
/// </summary>
public sealed record PackageManifest(
    string Application,
    string Version,
    string Commit,
    string Branch,
    string FileName,
    string Sha256,
    long SizeBytes,
    string CreatedFrom)
{
    public string S3Key => Artifacts.ArtifactKeys.Package(Application, Sha256);
}

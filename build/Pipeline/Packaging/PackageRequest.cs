namespace Pipeline.Packaging;

/// <summary>What to package and the facts the manifest records about it.</summary>
public sealed record PackageRequest(
    string PublishDirectory,
    string PackageDirectory,
    string Application,
    string Version,
    string Commit,
    string Branch,
    string BuildId)
{
    public string FileName => $"{Application}-{Version}.zip";

    public string ZipPath => Path.Combine(PackageDirectory, FileName);

    public string ManifestPath => Path.Combine(PackageDirectory, "manifest.json");
}

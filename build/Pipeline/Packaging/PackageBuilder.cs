namespace Pipeline.Packaging;

/// <summary>Turns a publish folder into the deterministic zip plus its manifest.</summary>
public static class PackageBuilder
{
    public static PackageManifest Build(PackageRequest request)
    {
        DeterministicZip.Create(request.PublishDirectory, request.ZipPath);
        var manifest = new PackageManifest(
            request.Application,
            request.Version,
            request.Commit,
            request.Branch,
            request.FileName,
            FileDigest.Sha256Hex(request.ZipPath),
            new FileInfo(request.ZipPath).Length,
            request.BuildId);
        PackageManifestFile.Write(request.ManifestPath, manifest);
        return manifest;
    }
}

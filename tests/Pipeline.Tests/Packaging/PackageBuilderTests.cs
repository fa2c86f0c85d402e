using Pipeline.Packaging;

namespace Pipeline.Tests.Packaging;

public class PackageBuilderTests
{
    [Test]
    public void Builds_the_zip_and_a_manifest_that_describes_it()
    {
        using var folder = new TempFolder();
        folder.WriteFile("publish/Service.dll", "assembly");
        var request = new PackageRequest(
            folder.Combine("publish"), folder.Combine("artifacts", "package"), "Service", "1.4.0", "abc1234", "main", "build-7");

        var manifest = PackageBuilder.Build(request);

        Assert.That(manifest.FileName, Is.EqualTo("Service-1.4.0.zip"));
        Assert.That(manifest.Sha256, Is.EqualTo(FileDigest.Sha256Hex(request.ZipPath)));
        Assert.That(manifest.SizeBytes, Is.EqualTo(new FileInfo(request.ZipPath).Length));
        Assert.That(manifest.S3Key, Is.EqualTo($"Service/{manifest.Sha256}.zip"));
        Assert.That(manifest.CreatedFrom, Is.EqualTo("build-7"));
        Assert.That(PackageManifestFile.Read(request.ManifestPath), Is.EqualTo(manifest));
    }

    [Test]
    public void Sha256_is_lowercase_hex_of_the_bytes()
    {
        using var folder = new TempFolder();
        var path = folder.WriteFile("abc.txt", "abc");

        Assert.That(FileDigest.Sha256Hex(path), Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
}

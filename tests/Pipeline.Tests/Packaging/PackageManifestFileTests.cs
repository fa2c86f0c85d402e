using Pipeline.Packaging;

namespace Pipeline.Tests.Packaging;

public class PackageManifestFileTests
{
    private static readonly PackageManifest Sample = new(
        "Service",
        "1.4.0-alpha.12",
        "abc1234",
        "develop",
        "Service-1.4.0-alpha.12.zip",
        new string('a', 64),
        1234,
        "codebuild:pipeline-push:42");

    [Test]
    public void Json_has_a_stable_property_order_and_the_content_addressed_key()
    {
        var expected = """
            {
              "application": "Service",
              "version": "1.4.0-alpha.12",
              "commit": "abc1234",
              "branch": "develop",
              "fileName": "Service-1.4.0-alpha.12.zip",
              "sha256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
              "sizeBytes": 1234,
              "createdFrom": "codebuild:pipeline-push:42",
              "s3Key": "Service/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.zip"
            }

            """.ReplaceLineEndings("\n");

        Assert.That(PackageManifestFile.ToJson(Sample), Is.EqualTo(expected));
    }

    [Test]
    public void Write_then_read_round_trips()
    {
        using var folder = new TempFolder();
        var path = PackageManifestFile.DefaultPath(folder.Path);

        PackageManifestFile.Write(path, Sample);

        Assert.That(path, Does.EndWith(Path.Combine("artifacts", "package", "manifest.json")));
        Assert.That(PackageManifestFile.Read(path), Is.EqualTo(Sample));
        Assert.That(File.ReadAllBytes(path)[0], Is.EqualTo((byte)'{'), "no byte order mark");
    }

    [Test]
    public void Missing_file_says_to_run_package()
    {
        using var folder = new TempFolder();

        Assert.That(() => PackageManifestFile.Read(folder.Combine("manifest.json")),
            Throws.TypeOf<FileNotFoundException>().With.Message.Contains("Run the Package task"));
    }

    [Test]
    public void Corrupt_file_says_what_to_do()
    {
        using var folder = new TempFolder();
        var path = folder.WriteFile("manifest.json", "{ not json");

        Assert.That(() => PackageManifestFile.Read(path), Throws.TypeOf<InvalidDataException>().With.Message.Contains("run the Package task again"));
    }

    [TestCase("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789", TestName = "Upper case hash is refused")]
    [TestCase("abc", TestName = "Short hash is refused")]
    public void Bad_hash_is_refused(string sha256)
    {
        using var folder = new TempFolder();

        Assert.That(() => PackageManifestFile.Write(folder.Combine("manifest.json"), Sample with { Sha256 = sha256 }),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("sha256"));
    }

    [Test]
    public void Incomplete_manifest_names_every_missing_field()
    {
        using var folder = new TempFolder();
        var path = folder.WriteFile("manifest.json", """{"application":"Service","sha256":"x"}""");

        Assert.That(() => PackageManifestFile.Read(path), Throws.TypeOf<InvalidDataException>()
            .With.Message.Contains("version is missing").And.Message.Contains("commit is missing").And.Message.Contains("sizeBytes"));
    }
}

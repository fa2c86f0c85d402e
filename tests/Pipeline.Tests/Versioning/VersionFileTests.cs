using Pipeline.Versioning;

namespace Pipeline.Tests.Versioning;

public class VersionFileTests
{
    private string directory = null!;

    [SetUp]
    public void SetUp() => directory = Directory.CreateTempSubdirectory("policy-version-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(directory, recursive: true);

    [Test]
    public void Missing_file_gives_null() => Assert.That(VersionFile.TryRead(directory), Is.Null);

    [Test]
    public void Reads_the_version()
    {
        File.WriteAllText(Path.Combine(directory, VersionFile.FileName), "{ \"version\": \"1.4.0\" }");

        Assert.That(VersionFile.TryRead(directory), Is.EqualTo("1.4.0"));
    }

    [TestCase("{ \"version\": 1 }")]
    [TestCase("{ nope")]
    public void A_broken_file_says_how_to_fix_it(string text)
    {
        File.WriteAllText(Path.Combine(directory, VersionFile.FileName), text);

        Assert.That(() => VersionFile.TryRead(directory), Throws.TypeOf<InvalidDataException>().With.Message.Contains("{ \"version\": \"1.2.0\" }"));
    }
}

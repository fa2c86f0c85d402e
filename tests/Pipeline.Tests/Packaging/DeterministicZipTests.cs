using System.Text;
using Pipeline.Packaging;

namespace Pipeline.Tests.Packaging;

public class DeterministicZipTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp()
    {
        folder = new TempFolder();
        folder.WriteFile("publish/Service.dll", "assembly bytes");
        folder.WriteFile("publish/Service.deps.json", "{}");
        folder.WriteFile("publish/b/nested.txt", "nested");
        folder.WriteFile("publish/a.txt", "first");
        folder.WriteFile("publish/Zeta.txt", "upper case sorts before lower case");
    }

    [TearDown]
    public void TearDown() => folder.Dispose();

    private string Publish => folder.Combine("publish");

    [Test]
    public void Same_input_twice_gives_the_same_bytes()
    {
        var first = ZipAssert.Zip(Publish);
        var second = ZipAssert.Zip(Publish);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Entries_are_sorted_ordinally_with_forward_slashes_and_no_directories()
    {
        var names = ZipAssert.Entries(ZipAssert.Zip(Publish)).Select(entry => entry.FullName);

        Assert.That(names, Is.EqualTo(new[] { "Service.deps.json", "Service.dll", "Zeta.txt", "a.txt", "b/nested.txt" }));
    }

    [Test]
    public void Every_entry_has_the_fixed_timestamp()
    {
        var times = ZipAssert.Entries(ZipAssert.Zip(Publish)).Select(entry => entry.LastWriteTime.DateTime);

        Assert.That(times, Is.All.EqualTo(new DateTime(1980, 1, 1, 0, 0, 0)));
    }

    [Test]
    public void Files_are_0644_regular_files()
    {
        var attributes = ZipAssert.Entries(ZipAssert.Zip(Publish)).Select(entry => entry.ExternalAttributes);

        Assert.That(attributes, Is.All.EqualTo(Convert.ToInt32("100644", 8) << 16));
    }

    [Test]
    public void Bootstrap_and_executables_are_0755()
    {
        folder.WriteFile("publish/bootstrap", "#!/bin/sh");
        var tool = folder.WriteFile("publish/tool", "binary");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var entries = ZipAssert.Entries(ZipAssert.Zip(Publish)).ToDictionary(entry => entry.FullName);

        Assert.That(entries["bootstrap"].ExternalAttributes, Is.EqualTo(Convert.ToInt32("100755", 8) << 16));
        Assert.That(entries["Service.dll"].ExternalAttributes, Is.EqualTo(Convert.ToInt32("100644", 8) << 16));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(entries["tool"].ExternalAttributes, Is.EqualTo(Convert.ToInt32("100755", 8) << 16));
        }
    }

    [Test]
    public void Changing_a_file_time_does_not_change_the_zip()
    {
        var before = ZipAssert.Zip(Publish);
        File.SetLastWriteTimeUtc(folder.Combine("publish", "a.txt"), new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc));

        Assert.That(ZipAssert.Zip(Publish), Is.EqualTo(before));
    }

    [Test]
    public void Permission_noise_other_than_execute_does_not_change_the_zip()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix file modes only.");
            return;
        }

        var before = ZipAssert.Zip(Publish);
        File.SetUnixFileMode(folder.Combine("publish", "a.txt"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite);

        Assert.That(ZipAssert.Zip(Publish), Is.EqualTo(before));
    }

    [Test]
    public void Changing_content_changes_the_zip()
    {
        var before = ZipAssert.Zip(Publish);
        folder.WriteFile("publish/a.txt", "second");

        Assert.That(ZipAssert.Zip(Publish), Is.Not.EqualTo(before));
    }

    [Test]
    public void Entries_round_trip_their_content()
    {
        var entry = ZipAssert.Entries(ZipAssert.Zip(Publish)).Single(e => e.FullName == "b/nested.txt");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);

        Assert.That(reader.ReadToEnd(), Is.EqualTo("nested"));
    }

    [Test]
    public void Create_writes_the_same_bytes_as_Write()
    {
        var path = folder.Combine("out", "package.zip");

        DeterministicZip.Create(Publish, path);

        Assert.That(File.ReadAllBytes(path), Is.EqualTo(ZipAssert.Zip(Publish)));
    }

    [Test]
    public void Missing_or_empty_folder_says_to_publish_first()
    {
        Directory.CreateDirectory(folder.Combine("empty"));

        Assert.That(() => ZipAssert.Zip(folder.Combine("missing")), Throws.TypeOf<DirectoryNotFoundException>().With.Message.Contains("publish"));
        Assert.That(() => ZipAssert.Zip(folder.Combine("empty")), Throws.InvalidOperationException.With.Message.Contains("publish"));
    }
}

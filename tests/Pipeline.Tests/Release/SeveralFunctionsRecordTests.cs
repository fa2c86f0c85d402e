using System.IO.Compression;
using System.Text.Json;
using Pipeline.Packaging;
using Pipeline.Release;
using SmokeHandlers;

namespace Pipeline.Tests.Release;

/// <summary>What a service of several functions leaves in the deploy record and in a smoke test's error.</summary>
public class SeveralFunctionsRecordTests
{
    private string folder = null!;

    [SetUp]
    public void Folder() => folder = Directory.CreateTempSubdirectory("functions-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(folder, recursive: true);

    [Test]
    public void The_record_lists_each_function_under_its_name_with_the_status_of_the_whole()
    {
        var path = Path.Combine(folder, "preprod.json");
        File.WriteAllText(path, """{ "status": "Deployed" }""");
        var alarm = new FiredAlarm("orders-preprod-Worker-errors", "3.0", "Threshold Crossed");

        ReleaseRecord.Write(path, [
            new ReleaseOutcome(ReleaseStatus.RolledBack, "live", "4", "3", "5") { Function = "Api", Alarm = alarm, VersionPublished = true },
            new ReleaseOutcome(ReleaseStatus.Unchanged, "live", "2", "1", "2") { Function = "Worker" },
        ]);

        var record = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
        var release = record.GetProperty("release");
        Assert.Multiple(() =>
        {
            Assert.That(record.GetProperty("status").GetString(), Is.EqualTo("Deployed"), "the deploy's own fields stay");
            Assert.That(release.GetProperty("status").GetString(), Is.EqualTo("RolledBack"));
            Assert.That(release.GetProperty("versionPublished").GetBoolean(), Is.True);
            Assert.That(release.GetProperty("functions").GetProperty("Api").GetProperty("alarm").GetProperty("name").GetString(), Is.EqualTo(alarm.Name));
            Assert.That(release.GetProperty("functions").GetProperty("Worker").GetProperty("version").GetString(), Is.EqualTo("2"));
        });
    }

    [TestCase(new[] { ReleaseStatus.Unchanged, ReleaseStatus.Unchanged }, ReleaseStatus.Unchanged)]
    [TestCase(new[] { ReleaseStatus.Unchanged, ReleaseStatus.FirstRelease }, ReleaseStatus.FirstRelease)]
    [TestCase(new[] { ReleaseStatus.FirstRelease, ReleaseStatus.Completed }, ReleaseStatus.Completed)]
    [TestCase(new[] { ReleaseStatus.Completed, ReleaseStatus.RolledBack }, ReleaseStatus.RolledBack)]
    public void The_whole_release_is_rolled_back_if_any_function_is_then_completed_if_any_moved(ReleaseStatus[] statuses, ReleaseStatus overall) =>
        Assert.That(ReleaseRecord.Overall([.. statuses.Select(s => new ReleaseOutcome(s, "live", "1", null, "1"))]), Is.EqualTo(overall));

    [Test]
    public void A_named_function_whose_handler_is_wrong_is_named_by_its_key()
    {
        var zip = Path.Combine(folder, "package.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(typeof(EchoHandler).Assembly.Location, "SmokeHandlers.dll");
        }

        var smoke = new HandlerSmokeTest(zip, "SmokeHandlers::SmokeHandlers.Worker::HandleAsync", Path.Combine(folder, "extracted"))
        {
            HandlerKey = "service.functions.Worker.handler",
        };

        var error = Assert.ThrowsAsync<SmokeTestException>(() => smoke.RunAsync("{}"u8.ToArray()));
        Assert.That(error!.Message, Does.Contain("no type 'SmokeHandlers.Worker'").And.Contain("Fix service.functions.Worker.handler in pipeline.json."));
    }
}

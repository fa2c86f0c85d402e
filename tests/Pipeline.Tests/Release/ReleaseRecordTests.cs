using System.Text.Json;
using Pipeline.Release;

namespace Pipeline.Tests.Release;

public class ReleaseRecordTests
{
    [Test]
    public void The_release_joins_the_deploy_record_and_keeps_what_was_there()
    {
        var folder = Directory.CreateTempSubdirectory("record-").FullName;
        try
        {
            var path = Path.Combine(folder, "prod.json");
            File.WriteAllText(path, """{ "stack": "greeter-prod", "status": "Deployed" }""");
            var outcome = new ReleaseOutcome(ReleaseStatus.RolledBack, "live", "4", "3", "5")
            {
                Weights = new Dictionary<string, int> { ["4"] = 100 },
                VersionPublished = true,
                Alarm = new FiredAlarm("greeter-prod-errors", "7.0", "Threshold Crossed"),
            };

            ReleaseRecord.Write(path, outcome);

            using var record = JsonDocument.Parse(File.ReadAllText(path));
            var root = record.RootElement;
            var release = root.GetProperty("release");
            Assert.Multiple(() =>
            {
                Assert.That(root.GetProperty("stack").GetString(), Is.EqualTo("greeter-prod"));
                Assert.That(release.GetProperty("status").GetString(), Is.EqualTo("RolledBack"));
                Assert.That(release.GetProperty("version").GetString(), Is.EqualTo("4"));
                Assert.That(release.GetProperty("newVersion").GetString(), Is.EqualTo("5"));
                Assert.That(release.GetProperty("previousVersion").GetString(), Is.EqualTo("3"));
                Assert.That(release.GetProperty("weights").GetProperty("4").GetInt32(), Is.EqualTo(100));
                Assert.That(release.GetProperty("alarm").GetProperty("value").GetString(), Is.EqualTo("7.0"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

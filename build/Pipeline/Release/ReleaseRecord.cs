using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Release;

/// <summary>Adds the release to the deploy record (artifacts/deploy/&lt;env&gt;.json): version, weights, previous version.</summary>
public static class ReleaseRecord
{
    public static void Write(string recordPath, ReleaseOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var record = File.Exists(recordPath) ? JsonNode.Parse(File.ReadAllText(recordPath))!.AsObject() : [];
        var weights = new JsonObject();
        foreach (var (version, percent) in outcome.Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            weights[version] = percent;
        }

        record["release"] = new JsonObject
        {
            ["status"] = outcome.Status.ToString(),
            ["alias"] = outcome.Alias,
            ["version"] = outcome.ServingVersion,
            ["newVersion"] = outcome.NewVersion,
            ["previousVersion"] = outcome.PreviousVersion,
            ["versionPublished"] = outcome.VersionPublished,
            ["weights"] = weights,
            ["alarm"] = outcome.Alarm is { } alarm
                ? new JsonObject { ["name"] = alarm.Name, ["value"] = alarm.Value, ["reason"] = alarm.Reason }
                : null,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(recordPath))!);
        File.WriteAllText(recordPath, record.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Release;

/// <summary>
/// Adds the release to the deploy record (artifacts/deploy/&lt;env&gt;.json): version, weights, previous version. A
/// service with named functions records them under release.functions.&lt;Name&gt;, with the status of the whole.
/// </summary>
public static class ReleaseRecord
{
    public static void Write(string recordPath, ReleaseOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Save(recordPath, Describe(outcome));
    }

    public static void Write(string recordPath, IReadOnlyList<ReleaseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes is [{ Function.Length: 0 } single])
        {
            Write(recordPath, single);
            return;
        }

        var functions = new JsonObject();
        foreach (var outcome in outcomes)
        {
            functions[outcome.Function] = Describe(outcome);
        }

        Save(recordPath, new JsonObject
        {
            ["status"] = Overall(outcomes).ToString(),
            ["alias"] = outcomes[0].Alias,
            ["versionPublished"] = outcomes.Any(o => o.VersionPublished),
            ["functions"] = functions,
        });
    }

    /// <summary>A rollback anywhere is the release's outcome; then a completed shift; unchanged only when every function is.</summary>
    public static ReleaseStatus Overall(IReadOnlyList<ReleaseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ReleaseStatus[] order = [ReleaseStatus.RolledBack, ReleaseStatus.Completed, ReleaseStatus.FirstRelease, ReleaseStatus.Unchanged];
        return order.First(status => status == ReleaseStatus.Unchanged || outcomes.Any(o => o.Status == status));
    }

    private static JsonObject Describe(ReleaseOutcome outcome)
    {
        var weights = new JsonObject();
        foreach (var (version, percent) in outcome.Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            weights[version] = percent;
        }

        return new JsonObject
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
    }

    private static void Save(string recordPath, JsonObject release)
    {
        var record = File.Exists(recordPath) ? JsonNode.Parse(File.ReadAllText(recordPath))!.AsObject() : [];
        record["release"] = release;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(recordPath))!);
        File.WriteAllText(recordPath, record.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}

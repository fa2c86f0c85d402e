using System.Text.Json;

namespace Pipeline.Incremental;

/// <summary>What a check's last passing run saw, kept between runs.</summary>
public sealed record GreenRun(string Stamp, string Run, DateTimeOffset At);

/// <summary>
/// The stamp each check had when it last passed, one file a check in <paramref name="folder"/>. A check is skipped
/// only when its inputs stamp exactly as they did then; a failed run records nothing.
/// </summary>
public sealed class GreenRuns(string folder)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string Folder { get; } = folder;

    /// <summary>The last green run of <paramref name="check"/> when it saw these same inputs; otherwise null.</summary>
    public GreenRun? UnchangedSince(string check, InputStamp stamp)
    {
        var file = FileOf(check);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            var green = JsonSerializer.Deserialize<GreenRun>(File.ReadAllText(file), Json);
            return green is not null && string.Equals(green.Stamp, stamp.Hash, StringComparison.Ordinal) ? green : null;
        }
        catch (JsonException)
        {
            // A damaged record proves nothing: run the check.
            return null;
        }
    }

    public void Record(string check, InputStamp stamp, string run, DateTimeOffset at)
    {
        Directory.CreateDirectory(Folder);
        var file = FileOf(check);
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new GreenRun(stamp.Hash, run, at), Json));
        File.Move(temporary, file, overwrite: true);
    }

    // A fresh clone has no folder yet: nothing to forget.
    public void Forget(string check)
    {
        if (File.Exists(FileOf(check)))
        {
            File.Delete(FileOf(check));
        }
    }

    private string FileOf(string check) =>
        Path.Combine(Folder, string.Concat(check.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-')) + ".json");
}

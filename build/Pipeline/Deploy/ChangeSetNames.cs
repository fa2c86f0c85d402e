using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Deploy;

/// <summary>
/// Change sets this pipeline creates are named <c>pipeline-{commit}-{utc time}</c>: the commit shows what it would ship,
/// the time keeps reruns of one commit apart, and the prefix marks leftovers a later run may delete.
/// </summary>
public static partial class ChangeSetNames
{
    public const string Prefix = "pipeline-";

    public static string For(string commit, DateTimeOffset now)
    {
        var safe = Unsafe().Replace(commit, string.Empty);
        safe = safe.Length > 12 ? safe[..12] : safe;
        var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return safe.Length == 0 ? $"{Prefix}{stamp}" : $"{Prefix}{safe}-{stamp}";
    }

    public static bool IsOurs(string? changeSetName) =>
        changeSetName is not null && changeSetName.StartsWith(Prefix, StringComparison.Ordinal);

    [GeneratedRegex("[^A-Za-z0-9]")]
    private static partial Regex Unsafe();
}

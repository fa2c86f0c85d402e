using System.Text.RegularExpressions;

namespace Pipeline.Release;

/// <summary>
/// The alias's description keeps the version it replaced, so a rollback from any machine knows where to go back
/// to (a rejected canary never becomes "previous").
/// </summary>
public static partial class AliasDescription
{
    public static string For(string? previousVersion) =>
        previousVersion is null ? "released by the pipeline" : $"released by the pipeline; previous={previousVersion}";

    public static string? PreviousVersion(string? description) =>
        description is not null && Previous().Match(description) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"previous=(\d+)")]
    private static partial Regex Previous();
}

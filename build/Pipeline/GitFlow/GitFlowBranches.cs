namespace Pipeline.GitFlow;

/// <summary>The GitFlow branch names, in one place; everything else asks these helpers.</summary>
public static class GitFlowBranches
{
    public const string Develop = "develop";
    public const string Master = "master";
    public const string Main = "main";
    public const string FeaturePrefix = "feature/";
    public const string ReleasePrefix = "release/";
    public const string HotfixPrefix = "hotfix/";

    private const string HeadsRef = "refs/heads/";
    private const string TagsRef = "refs/tags/";

    public static bool IsDevelop(string? branch) => Normalize(branch) == Develop;

    public static bool IsProduction(string? branch) => Normalize(branch) is Master or Main;

    public static bool IsFeature(string? branch) => HasPrefix(branch, FeaturePrefix);

    public static bool IsRelease(string? branch) => HasPrefix(branch, ReleasePrefix);

    public static bool IsHotfix(string? branch) => HasPrefix(branch, HotfixPrefix);

    /// <summary>Strips refs/heads/ so "refs/heads/develop" and "develop" compare equal.</summary>
    public static string Normalize(string? branch)
    {
        var name = (branch ?? string.Empty).Trim();
        return name.StartsWith(HeadsRef, StringComparison.Ordinal) ? name[HeadsRef.Length..] : name;
    }

    public static bool IsTagRef(string? gitRef) => gitRef?.StartsWith(TagsRef, StringComparison.Ordinal) == true;

    public static string TagName(string tagRef) => tagRef.StartsWith(TagsRef, StringComparison.Ordinal) ? tagRef[TagsRef.Length..] : tagRef;

    /// <summary>The part after feature/, release/ or hotfix/; the whole name for other branches.</summary>
    public static string ShortName(string? branch)
    {
        var name = Normalize(branch);
        foreach (var prefix in new[] { FeaturePrefix, ReleasePrefix, HotfixPrefix })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    private static bool HasPrefix(string? branch, string prefix)
    {
        var name = Normalize(branch);
        return name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal);
    }
}

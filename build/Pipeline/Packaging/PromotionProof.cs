namespace Pipeline.Packaging;

/// <summary>
/// Promotion by content, decided from the record of what the earlier environment's stack runs (no commit lookup: a
/// GitFlow release merge makes a new commit). Proven when this build's SHA-256 equals the bytes running there, or
/// when this commit's source tree equals the commit those bytes were built from (the package stamps its version, so
/// the same source built on another branch differs only in that stamp).
/// </summary>
public sealed record PromotionProof(bool Proven, string Message)
{
    /// <param name="built">This run's package.</param>
    /// <param name="runningThere">The manifest the earlier environment's stack runs, or null when it has none.</param>
    /// <param name="sameSourceTree">Whether HEAD's tree equals the commit <paramref name="runningThere"/> was built from (null: unknown here).</param>
    public static PromotionProof Decide(PackageManifest built, PackageManifest? runningThere, bool? sameSourceTree, string environment)
    {
        ArgumentNullException.ThrowIfNull(built);
        if (runningThere is null)
        {
            return new(false, $"{environment} runs no package yet: this build ships without having run in {environment}.");
        }

        var source = $"{runningThere.Version} from {runningThere.Commit[..Math.Min(7, runningThere.Commit.Length)]}";
        if (string.Equals(built.Sha256, runningThere.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return new(true, $"Promoted by content: this build's {built.FileName} has SHA-256 {built.Sha256}, the bytes {environment} runs ({source}).");
        }

        return sameSourceTree == true
            ? new(true, $"Promoted by content: this commit's source tree equals {source}, which {environment} runs (SHA-256 {runningThere.Sha256}); " +
                $"this build differs only in its version stamp ({built.Version}).")
            : new(false, $"This build ({built.Sha256}) is neither the bytes nor the source {environment} runs ({source}, {runningThere.Sha256}): " +
                $"it never ran in {environment}. Merge what {environment} tested, or deploy it there first.");
    }
}

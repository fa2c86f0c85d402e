namespace Pipeline.Packaging;

/// <summary>
/// Promotion by content: the package is byte-reproducible, so prod proves it ships what preprod runs by comparing
/// SHA-256s, whatever commit a GitFlow release merge made. The record is what preprod's deploy wrote for its stack.
/// </summary>
public sealed record PromotionProof(bool Proven, string Message)
{
    /// <param name="built">This run's package.</param>
    /// <param name="runningThere">The manifest the earlier environment's stack runs, or null when it has none.</param>
    public static PromotionProof Decide(PackageManifest built, PackageManifest? runningThere, string environment)
    {
        ArgumentNullException.ThrowIfNull(built);
        if (runningThere is null)
        {
            return new(false, $"{environment} runs no package yet: this build ships without having run in {environment}.");
        }

        return string.Equals(built.Sha256, runningThere.Sha256, StringComparison.OrdinalIgnoreCase)
            ? new(true, $"Promoted by content: this build's {built.FileName} has SHA-256 {built.Sha256}, the bytes {environment} runs " +
                $"(built there as {runningThere.Version} from {runningThere.Commit[..Math.Min(7, runningThere.Commit.Length)]}).")
            : new(false, $"This build's SHA-256 {built.Sha256} differs from what {environment} runs ({runningThere.Sha256}, {runningThere.Version}): " +
                $"these bytes never ran in {environment}. Merge what {environment} tested, or deploy it there first.");
    }
}

namespace Pipeline.Versioning;

/// <summary>What git says about the commit being built. Null fields were not knowable (see <see cref="Warnings"/>).</summary>
public sealed record GitInfo(string Sha, string? Branch, DateTimeOffset CommitTimestamp)
{
    public string ShortSha => Sha.Length > 7 ? Sha[..7] : Sha;

    /// <summary>HEAD is not on a branch (CodeBuild checks out a commit); <see cref="Branch"/> then comes from CodeBuild's variables, if any.</summary>
    public bool IsDetached { get; init; }

    public bool IsShallow { get; init; }

    public bool IsDirty { get; init; }

    /// <summary>The nearest tag matching v[0-9]*, or null when none is reachable (no tags, or a shallow clone).</summary>
    public string? LastTag { get; init; }

    public int? CommitsSinceTag { get; init; }

    /// <summary>All commits reachable from HEAD; null in a shallow clone, where the count would be wrong.</summary>
    public int? TotalCommits { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}

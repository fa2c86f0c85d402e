namespace Pipeline.Release;

/// <summary>The immutable version holding $LATEST's code; <see cref="IsNew"/> is false when it already existed.</summary>
public sealed record PublishedVersion(string Version, bool IsNew, string CodeSha256);

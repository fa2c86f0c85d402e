namespace Pipeline.Release;

/// <summary>One function of a release: its name in pipeline.json (empty for a single-function service), its deployed name, the version to serve.</summary>
public sealed record FunctionVersion(string Name, string FunctionName, PublishedVersion Version);

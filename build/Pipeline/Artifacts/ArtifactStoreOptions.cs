namespace Pipeline.Artifacts;

/// <summary>When an upload goes multipart, in which part size, and how many parts travel at once.</summary>
public sealed record ArtifactStoreOptions(long MultipartThreshold = 16 * 1024 * 1024, long PartSize = 8 * 1024 * 1024, int Concurrency = 4);

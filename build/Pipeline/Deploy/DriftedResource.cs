namespace Pipeline.Deploy;

/// <param name="Differences">Property paths that differ, e.g. "/MemorySize: 512 → 1024".</param>
public sealed record DriftedResource(string LogicalId, string ResourceType, string DriftStatus, IReadOnlyList<string> Differences);

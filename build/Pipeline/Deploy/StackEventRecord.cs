namespace Pipeline.Deploy;

public sealed record StackEventRecord(
    string EventId, DateTimeOffset Timestamp, string LogicalId, string ResourceType, string Status, string Reason);

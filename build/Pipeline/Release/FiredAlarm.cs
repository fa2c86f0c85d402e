namespace Pipeline.Release;

/// <summary>An alarm found in ALARM while a version took traffic: its name, the value that crossed, and why.</summary>
public sealed record FiredAlarm(string Name, string? Value, string Reason)
{
    public override string ToString() => Value is null ? $"{Name} ({Reason})" : $"{Name} at {Value} ({Reason})";
}

namespace Build;

/// <summary>What a task does with the drift it found: go on, warn and overwrite it, or stop (--stop-on-drift).</summary>
public enum DriftResponse
{
    None,
    Warn,
    Stop,
}

namespace Pipeline.Deploy;

/// <summary>Polling cadence and the bounds after which the deployer stops waiting.</summary>
public sealed record StackDeployerOptions
{
    public static StackDeployerOptions Default { get; } = new();

    public TimeSpan FirstPoll { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxPoll { get; init; } = TimeSpan.FromSeconds(15);

    public double Backoff { get; init; } = 1.5;

    public TimeSpan ChangeSetTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan StackTimeout { get; init; } = TimeSpan.FromMinutes(45);

    /// <summary>How long to wait for another operation on the stack to finish before refusing.</summary>
    public TimeSpan BusyWait { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan DriftTimeout { get; init; } = TimeSpan.FromMinutes(5);
}

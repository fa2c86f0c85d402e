namespace Pipeline.Deploy;

public sealed class SystemDeployClock : IDeployClock
{
    public static SystemDeployClock Instance { get; } = new();

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    public Task DelayAsync(TimeSpan delay, CancellationToken cancel) => Task.Delay(delay, cancel);
}

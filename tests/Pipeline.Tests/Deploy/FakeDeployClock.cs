using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

/// <summary>Time that moves only when the deployer waits.</summary>
internal sealed class FakeDeployClock : IDeployClock
{
    public DateTimeOffset UtcNow { get; private set; } = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public List<TimeSpan> Delays { get; } = [];

    public Task DelayAsync(TimeSpan delay, CancellationToken cancel)
    {
        Delays.Add(delay);
        UtcNow += delay;
        return Task.CompletedTask;
    }
}

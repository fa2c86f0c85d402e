namespace Pipeline.Deploy;

/// <summary>Time and waiting for the deployer, so tests can poll without sleeping.</summary>
public interface IDeployClock
{
    DateTimeOffset UtcNow { get; }

    Task DelayAsync(TimeSpan delay, CancellationToken cancel);
}

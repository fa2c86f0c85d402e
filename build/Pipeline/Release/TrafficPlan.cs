namespace Pipeline.Release;

/// <summary>The shares a new version goes through before it takes all traffic; empty for all-at-once.</summary>
public static class TrafficPlan
{
    public static IReadOnlyList<TrafficStep> For(ReleaseConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Strategy switch
        {
            TrafficStrategy.Canary => [new TrafficStep(config.Percent, config.Interval)],
            TrafficStrategy.Linear => Enumerable.Range(1, (99 / config.Percent))
                .Select(i => new TrafficStep(i * config.Percent, config.Interval))
                .ToList(),
            _ => [],
        };
    }
}

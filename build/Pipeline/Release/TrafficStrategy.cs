namespace Pipeline.Release;

/// <summary>How a new version takes over the alias: at once, a canary share then all, or equal steps.</summary>
public enum TrafficStrategy
{
    AllAtOnce,
    Canary,
    Linear,
}

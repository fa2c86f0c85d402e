namespace Pipeline.Release;

/// <summary>
/// An environment's <c>release</c> settings in pipeline.json: the alias callers use, how traffic moves to a new
/// version, how long each share bakes, and the alarms (beyond the template's) that roll it back.
/// </summary>
public sealed record ReleaseConfig(TrafficStrategy Strategy, int Percent, TimeSpan Interval)
{
    public const string DefaultAlias = "live";

    public static ReleaseConfig AllAtOnce { get; } = new(TrafficStrategy.AllAtOnce, 100, TimeSpan.Zero);

    public string Alias { get; init; } = DefaultAlias;

    public IReadOnlyList<string> Alarms { get; init; } = [];

    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(30);

    public override string ToString() => Strategy switch
    {
        TrafficStrategy.Canary => $"canary {Percent}% for {Describe(Interval)}, then 100%",
        TrafficStrategy.Linear => $"linear +{Percent}% every {Describe(Interval)}",
        _ => "all at once",
    };

    internal static string Describe(TimeSpan span) =>
        span.TotalMinutes >= 1 && span.Seconds == 0 ? $"{span.TotalMinutes:0.##} min" : $"{span.TotalSeconds:0.#} s";
}

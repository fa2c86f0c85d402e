namespace Pipeline.Release;

/// <summary>What a release (or rollback) left behind: the version serving now, the shares, the one before.</summary>
public sealed record ReleaseOutcome(
    ReleaseStatus Status, string Alias, string ServingVersion, string? PreviousVersion, string NewVersion)
{
    /// <summary>Percent of the alias's traffic per version as it stands now.</summary>
    public IReadOnlyDictionary<string, int> Weights { get; init; } = new Dictionary<string, int>();

    public bool VersionPublished { get; init; }

    /// <summary>The function's name in pipeline.json; empty for a single-function service.</summary>
    public string Function { get; init; } = string.Empty;

    public FiredAlarm? Alarm { get; init; }

    public string Summary => Status switch
    {
        ReleaseStatus.RolledBack when Alarm is null => $"Rolled back by request: alias '{Alias}' serves version {ServingVersion} (was {PreviousVersion}).",
        ReleaseStatus.RolledBack =>
            $"Rolled back: alarm {Alarm} fired while version {NewVersion} took traffic; alias '{Alias}' serves version {ServingVersion} again.",
        ReleaseStatus.Unchanged => $"Alias '{Alias}' already serves version {ServingVersion}; no new version, no traffic moved.",
        ReleaseStatus.FirstRelease => $"Alias '{Alias}' created on version {ServingVersion} (first release: nothing to shift from).",
        _ => $"Alias '{Alias}' serves version {ServingVersion} (previous {PreviousVersion}).",
    };
}

using Amazon.Lambda;
using Amazon.Lambda.Model;
using Pipeline.Deploy;

namespace Pipeline.Release;

/// <summary>
/// Moves an alias from the version it serves to a new one share by share, watching the alarms through each bake;
/// when one fires, the alias goes straight back to the old version and the outcome says which alarm and what value.
/// </summary>
public sealed class TrafficShifter(IAmazonLambda lambda, AlarmWatch alarms, IDeployClock clock, Action<string> log)
{
    public async Task<ReleaseOutcome> ShiftAsync(string functionName, ReleaseConfig config, PublishedVersion version, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(version);
        var alias = config.Alias;
        var current = await AliasReader.ReadAsync(lambda, functionName, alias, cancel).ConfigureAwait(false);
        if (current is null)
        {
            await lambda.CreateAliasAsync(new CreateAliasRequest
            {
                FunctionName = functionName, Name = alias, FunctionVersion = version.Version, Description = AliasDescription.For(null),
            }, cancel).ConfigureAwait(false);
            log($"Alias '{alias}' created on version {version.Version}: the first release has nothing to shift from.");
            return Outcome(ReleaseStatus.FirstRelease, alias, version.Version, null, version) with { Weights = Alone(version.Version) };
        }

        // A run stopped mid-shift leaves the old version as the alias's main one; that stays the way back.
        var previous = current.Version;
        if (previous == version.Version && current.Weights.Count == 0)
        {
            log($"Alias '{alias}' already serves version {version.Version} alone; no traffic moves.");
            return Outcome(ReleaseStatus.Unchanged, alias, previous, AliasDescription.PreviousVersion(current.Description), version) with { Weights = Alone(previous) };
        }

        if (await alarms.FiringAsync(cancel).ConfigureAwait(false) is { } before)
        {
            throw new ReleaseException(
                $"Alarm {before} is already in ALARM while version {previous} serves '{alias}' alone; no traffic was moved to version {version.Version}. " +
                "Find out why it fires (it is not the new version), then run the deploy again.");
        }

        log($"Releasing version {version.Version} on alias '{alias}' ({config}); watching {Describe(alarms.Names)}.");
        foreach (var step in TrafficPlan.For(config))
        {
            FiredAlarm? fired;
            try
            {
                await RouteAsync(functionName, alias, previous, version.Version, step.Percent, description: null, cancel).ConfigureAwait(false);
                log($"  {step.Percent}% -> version {version.Version}, {100 - step.Percent}% -> version {previous}; baking {ReleaseConfig.Describe(step.Bake)}.");
                fired = await BakeAsync(step.Bake, config.Poll, cancel).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // Whatever stopped the watch (a cancelled run, a lost alarm), nobody is watching the new version any more.
                await RouteAsync(functionName, alias, previous, version.Version, 0, current.Description, CancellationToken.None).ConfigureAwait(false);
                log($"  The release stopped ({error.Message}); alias '{alias}' is back on version {previous} alone.");
                throw;
            }

            if (fired is not null)
            {
                await RouteAsync(functionName, alias, previous, version.Version, 0, current.Description, cancel).ConfigureAwait(false);
                log($"  Alarm {fired} fired at {step.Percent}%: alias '{alias}' is back on version {previous} alone.");
                return Outcome(ReleaseStatus.RolledBack, alias, previous, AliasDescription.PreviousVersion(current.Description), version) with
                {
                    Alarm = fired,
                    Weights = Alone(previous),
                };
            }
        }

        await lambda.UpdateAliasAsync(new UpdateAliasRequest
        {
            FunctionName = functionName,
            Name = alias,
            FunctionVersion = version.Version,
            Description = AliasDescription.For(previous),
            RoutingConfig = new AliasRoutingConfiguration { AdditionalVersionWeights = [] },
        }, cancel).ConfigureAwait(false);
        log($"  100% -> version {version.Version}; version {previous} stays published for a rollback.");
        return Outcome(ReleaseStatus.Completed, alias, version.Version, previous, version) with { Weights = Alone(version.Version) };
    }

    private async Task<FiredAlarm?> BakeAsync(TimeSpan bake, TimeSpan poll, CancellationToken cancel)
    {
        var until = clock.UtcNow + bake;
        while (true)
        {
            if (await alarms.FiringAsync(cancel).ConfigureAwait(false) is { } fired)
            {
                return fired;
            }

            var left = until - clock.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return null;
            }

            log($"    alarms quiet; {ReleaseConfig.Describe(left)} left in this step.");
            await clock.DelayAsync(left < poll ? left : poll, cancel).ConfigureAwait(false);
        }
    }

    private Task RouteAsync(string functionName, string alias, string main, string canary, int percent, string? description, CancellationToken cancel) =>
        lambda.UpdateAliasAsync(new UpdateAliasRequest
        {
            FunctionName = functionName,
            Name = alias,
            FunctionVersion = main,
            Description = description,
            RoutingConfig = new AliasRoutingConfiguration
            {
                AdditionalVersionWeights = percent == 0 ? [] : new Dictionary<string, double> { [canary] = percent / 100.0 },
            },
        }, cancel);

    private static ReleaseOutcome Outcome(ReleaseStatus status, string alias, string serving, string? previous, PublishedVersion version) =>
        new(status, alias, serving, previous, version.Version) { VersionPublished = version.IsNew };

    private static Dictionary<string, int> Alone(string version) => new() { [version] = 100 };

    private static string Describe(IReadOnlyList<string> names) =>
        names.Count == 0 ? "no alarms" : string.Join(", ", names);
}

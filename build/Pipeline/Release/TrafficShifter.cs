using Amazon.Lambda;
using Amazon.Lambda.Model;
using Pipeline.Deploy;

namespace Pipeline.Release;

/// <summary>
/// Moves an alias (each function's, for a service of several) from the version it serves to a new one share by share,
/// watching the alarms through each bake; when one fires, every alias goes straight back to its old version and the
/// outcome says which alarm and what value.
/// </summary>
public sealed class TrafficShifter(IAmazonLambda lambda, AlarmWatch alarms, IDeployClock clock, Action<string> log)
{
    public async Task<ReleaseOutcome> ShiftAsync(string functionName, ReleaseConfig config, PublishedVersion version, CancellationToken cancel) =>
        (await ShiftAllAsync([new FunctionVersion(string.Empty, functionName, version)], config, cancel).ConfigureAwait(false)).Single();

    /// <summary>
    /// Shifts every function whose alias does not yet serve its new version in the same steps, under one alarm watch:
    /// they take traffic together, and when any alarm fires they all go back together.
    /// </summary>
    public async Task<IReadOnlyList<ReleaseOutcome>> ShiftAllAsync(IReadOnlyList<FunctionVersion> functions, ReleaseConfig config, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(config);
        var alias = config.Alias;
        var outcomes = new Dictionary<FunctionVersion, ReleaseOutcome>();
        var moving = new List<(FunctionVersion Function, AliasState Current)>();
        var staying = new List<(FunctionVersion Function, AliasState Current)>();
        foreach (var function in functions)
        {
            var (name, version) = (function.FunctionName, function.Version);
            var current = await AliasReader.ReadAsync(lambda, name, alias, cancel).ConfigureAwait(false);
            if (current is null)
            {
                await lambda.CreateAliasAsync(new CreateAliasRequest
                {
                    FunctionName = name, Name = alias, FunctionVersion = version.Version, Description = AliasDescription.For(null),
                }, cancel).ConfigureAwait(false);
                log($"Alias '{alias}' of {name} created on version {version.Version}: the first release has nothing to shift from.");
                outcomes[function] = Outcome(ReleaseStatus.FirstRelease, function, alias, version.Version, null) with { Weights = Alone(version.Version) };
            }
            else if (current.Version == version.Version && current.Weights.Count == 0)
            {
                // A run stopped mid-shift leaves the old version as the alias's main one; that stays the way back.
                log($"Alias '{alias}' of {name} already serves version {version.Version} alone; no traffic moves.");
                outcomes[function] = Outcome(ReleaseStatus.Unchanged, function, alias, current.Version, AliasDescription.PreviousVersion(current.Description)) with
                {
                    Weights = Alone(current.Version),
                };
                staying.Add((function, current));
            }
            else
            {
                moving.Add((function, current));
            }
        }

        if (moving.Count > 0)
        {
            foreach (var (function, outcome) in await MoveAsync(moving, config, cancel).ConfigureAwait(false))
            {
                outcomes[function] = outcome;
            }

            if (moving.All(m => outcomes[m.Function].Status == ReleaseStatus.Completed))
            {
                await MarkUnchangedAsync(staying, alias, cancel).ConfigureAwait(false);
            }
        }

        return [.. functions.Select(f => outcomes[f])];
    }

    private async Task<IReadOnlyList<(FunctionVersion, ReleaseOutcome)>> MoveAsync(
        IReadOnlyList<(FunctionVersion Function, AliasState Current)> moving, ReleaseConfig config, CancellationToken cancel)
    {
        var alias = config.Alias;
        if (await alarms.FiringAsync(cancel).ConfigureAwait(false) is { } before)
        {
            throw new ReleaseException(
                $"Alarm {before} is already in ALARM while {Describe(moving, m => m.Current.Version)} serve '{alias}' alone; no traffic was moved to " +
                $"{Describe(moving, m => m.Function.Version.Version)}. Find out why it fires (it is not the new code), then run the deploy again.");
        }

        log($"Releasing {Describe(moving, m => m.Function.Version.Version)} on alias '{alias}' ({config}); watching {Describe(alarms.Names)}.");
        foreach (var step in TrafficPlan.For(config))
        {
            FiredAlarm? fired;
            try
            {
                foreach (var (function, current) in moving)
                {
                    await RouteAsync(function.FunctionName, alias, current.Version, function.Version.Version, step.Percent, description: null, cancel).ConfigureAwait(false);
                    log($"  {step.Percent}% -> version {function.Version.Version}, {100 - step.Percent}% -> version {current.Version}{Of(function)}.");
                }

                log($"  baking {ReleaseConfig.Describe(step.Bake)}.");
                fired = await BakeAsync(step.Bake, config.Poll, cancel).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // Whatever stopped the watch (a cancelled run, a lost alarm), nobody is watching the new code any more.
                await RouteBackAsync(moving, alias, CancellationToken.None).ConfigureAwait(false);
                log($"  The release stopped ({error.Message}); alias '{alias}' is back on {Describe(moving, m => m.Current.Version)} alone.");
                throw;
            }

            if (fired is not null)
            {
                await RouteBackAsync(moving, alias, cancel).ConfigureAwait(false);
                log($"  Alarm {fired} fired at {step.Percent}%: alias '{alias}' is back on {Describe(moving, m => m.Current.Version)} alone.");
                return [.. moving.Select(m => (m.Function, Outcome(ReleaseStatus.RolledBack, m.Function, alias, m.Current.Version,
                    AliasDescription.PreviousVersion(m.Current.Description)) with { Alarm = fired, Weights = Alone(m.Current.Version) }))];
            }
        }

        foreach (var (function, current) in moving)
        {
            await lambda.UpdateAliasAsync(new UpdateAliasRequest
            {
                FunctionName = function.FunctionName,
                Name = alias,
                FunctionVersion = function.Version.Version,
                Description = AliasDescription.For(current.Version),
                RoutingConfig = new AliasRoutingConfiguration { AdditionalVersionWeights = [] },
            }, cancel).ConfigureAwait(false);
            log($"  100% -> version {function.Version.Version}{Of(function)}; version {current.Version} stays published for a rollback.");
        }

        return [.. moving.Select(m => (m.Function, Outcome(ReleaseStatus.Completed, m.Function, alias, m.Function.Version.Version, m.Current.Version) with
        {
            Weights = Alone(m.Function.Version.Version),
        }))];
    }

    /// <summary>
    /// A function whose code did not change in a release that moved others records its own version as the previous
    /// one, so a rollback of the release leaves it where it is instead of taking it back to an older release.
    /// </summary>
    private async Task MarkUnchangedAsync(IReadOnlyList<(FunctionVersion Function, AliasState Current)> staying, string alias, CancellationToken cancel)
    {
        foreach (var (function, current) in staying.Where(s => AliasDescription.PreviousVersion(s.Current.Description) != s.Current.Version))
        {
            await RouteAsync(function.FunctionName, alias, current.Version, current.Version, 0, AliasDescription.For(current.Version), cancel).ConfigureAwait(false);
        }
    }

    private async Task RouteBackAsync(IReadOnlyList<(FunctionVersion Function, AliasState Current)> moving, string alias, CancellationToken cancel)
    {
        foreach (var (function, current) in moving)
        {
            await RouteAsync(function.FunctionName, alias, current.Version, function.Version.Version, 0, current.Description, cancel).ConfigureAwait(false);
        }
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

    private static ReleaseOutcome Outcome(ReleaseStatus status, FunctionVersion function, string alias, string serving, string? previous) =>
        new(status, alias, serving, previous, function.Version.Version) { VersionPublished = function.Version.IsNew, Function = function.Name };

    private static string Of(FunctionVersion function) => function.Name.Length == 0 ? string.Empty : $" of {function.FunctionName}";

    /// <summary>"version 3" for one function; "Api version 3, Worker version 2" for several.</summary>
    private static string Describe(IReadOnlyList<(FunctionVersion Function, AliasState Current)> moving, Func<(FunctionVersion Function, AliasState Current), string> version) =>
        string.Join(", ", moving.Select(m => m.Function.Name.Length == 0 ? $"version {version(m)}" : $"{m.Function.Name} version {version(m)}"));

    private static Dictionary<string, int> Alone(string version) => new() { [version] = 100 };

    private static string Describe(IReadOnlyList<string> names) =>
        names.Count == 0 ? "no alarms" : string.Join(", ", names);
}

using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace Pipeline.Release;

/// <summary>
/// Points an alias back at the version it replaced (recorded in its description), or at a version asked for; no
/// build, no stack change, one API call once the target is known to exist.
/// </summary>
public sealed class AliasRollback(IAmazonLambda lambda, Action<string> log)
{
    public async Task<ReleaseOutcome> RollbackAsync(string functionName, string alias, string? toVersion, CancellationToken cancel)
    {
        var current = await AliasReader.ReadAsync(lambda, functionName, alias, cancel).ConfigureAwait(false)
            ?? throw new ReleaseException($"Function '{functionName}' has no alias '{alias}': nothing was released through it, so there is nothing to roll back.");
        var versions = (await VersionPublisher.ListAsync(lambda, functionName, cancel).ConfigureAwait(false))
            .Select(v => v.Version).Where(v => v != "$LATEST").OfType<string>().ToList();
        var target = toVersion ?? AliasDescription.PreviousVersion(current.Description)
            ?? throw new ReleaseException(
                $"Alias '{alias}' of '{functionName}' serves version {current.Version} and records no previous version. " +
                $"Name one with --to-version=N; published versions: {string.Join(", ", versions)}.");
        if (!versions.Contains(target))
        {
            throw new ReleaseException(
                $"Function '{functionName}' has no published version {target}. Use --to-version=N with one of: {string.Join(", ", versions)}.");
        }

        if (target == current.Version && current.Weights.Count == 0)
        {
            log($"Alias '{alias}' already serves version {target} alone; nothing to do.");
            return new ReleaseOutcome(ReleaseStatus.Unchanged, alias, target, AliasDescription.PreviousVersion(current.Description), target)
            {
                Weights = new Dictionary<string, int> { [target] = 100 },
            };
        }

        await lambda.UpdateAliasAsync(new UpdateAliasRequest
        {
            FunctionName = functionName,
            Name = alias,
            FunctionVersion = target,
            Description = AliasDescription.For(current.Version),
            RoutingConfig = new AliasRoutingConfiguration { AdditionalVersionWeights = [] },
        }, cancel).ConfigureAwait(false);
        log($"Alias '{alias}' of '{functionName}': version {current.Version} -> version {target}.");
        return new ReleaseOutcome(ReleaseStatus.RolledBack, alias, target, current.Version, current.Version)
        {
            Weights = new Dictionary<string, int> { [target] = 100 },
        };
    }
}

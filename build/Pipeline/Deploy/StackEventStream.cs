using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;

namespace Pipeline.Deploy;

/// <summary>
/// Hands each stack event to the sink once, oldest first. Events that existed before the operation are marked seen
/// up front, so only this run's events are streamed and judged.
/// </summary>
internal sealed class StackEventStream(IAmazonCloudFormation cloudFormation, string stackId, IStackDeploySink sink)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly List<StackEventRecord> emitted = [];

    public IReadOnlyList<StackEventRecord> Emitted => emitted;

    public async Task MarkExistingAsSeenAsync(CancellationToken cancel)
    {
        foreach (var stackEvent in await ReadNewAsync(cancel).ConfigureAwait(false))
        {
            seen.Add(stackEvent.EventId);
        }
    }

    public async Task PumpAsync(CancellationToken cancel)
    {
        var fresh = await ReadNewAsync(cancel).ConfigureAwait(false);
        foreach (var stackEvent in fresh.OrderBy(e => e.Timestamp))
        {
            seen.Add(stackEvent.EventId);
            emitted.Add(stackEvent);
            sink.StackEvent(stackEvent);
        }
    }

    /// <summary>True once this run's events include the stack's own final (non-progress) event.</summary>
    public bool SawStackSettle(string stackName) =>
        emitted.Any(e => e.LogicalId == stackName && e.ResourceType == "AWS::CloudFormation::Stack"
                         && !e.Status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal));

    public IReadOnlyList<ResourceFailure> Failures(string stackName) =>
        emitted.Where(e => StackStates.IsFailedEvent(e.Status) && e.LogicalId != stackName)
            .Select(e => new ResourceFailure(e.LogicalId, e.ResourceType, e.Status, e.Reason))
            .ToList();

    // Pages come newest first on AWS; a page holding an already-seen event ends the read. The whole page is still
    // scanned because moto lists oldest first in one page.
    private async Task<List<StackEventRecord>> ReadNewAsync(CancellationToken cancel)
    {
        var fresh = new List<StackEventRecord>();
        string? token = null;
        do
        {
            DescribeStackEventsResponse page;
            try
            {
                page = await cloudFormation.DescribeStackEventsAsync(
                    new DescribeStackEventsRequest { StackName = stackId, NextToken = token }, cancel).ConfigureAwait(false);
            }
            catch (AmazonCloudFormationException e) when (StackLookup.IsMissing(e))
            {
                // moto forgets a deleted stack's events; AWS keeps them under the stack id.
                break;
            }

            var events = (page.StackEvents ?? []).Select(ToRecord).ToList();
            fresh.AddRange(events.Where(e => !seen.Contains(e.EventId)));
            if (events.Any(e => seen.Contains(e.EventId)))
            {
                break;
            }

            token = page.NextToken;
        }
        while (!string.IsNullOrEmpty(token));

        return fresh;
    }

    private static StackEventRecord ToRecord(StackEvent e) => new(
        e.EventId ?? $"{e.LogicalResourceId}/{e.ResourceStatus?.Value}/{e.Timestamp:O}",
        e.Timestamp is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : DateTimeOffset.MinValue,
        e.LogicalResourceId ?? string.Empty,
        e.ResourceType ?? string.Empty,
        e.ResourceStatus?.Value ?? string.Empty,
        e.ResourceStatusReason ?? string.Empty);
}

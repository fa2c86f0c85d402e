using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;

namespace Pipeline.Deploy;

/// <summary>Deletes this pipeline's change sets that an interrupted run created but never executed.</summary>
internal sealed class LeftoverChangeSets(IAmazonCloudFormation cloudFormation, IStackDeploySink sink)
{
    public async Task<IReadOnlyList<string>> RemoveAsync(Stack stack, CancellationToken cancel)
    {
        var removed = new List<string>();
        string? token = null;
        do
        {
            var page = await cloudFormation.ListChangeSetsAsync(
                new ListChangeSetsRequest { StackName = stack.StackId, NextToken = token }, cancel).ConfigureAwait(false);
            // moto answers with every stack's change sets, so match the stack here too.
            var leftovers = (page.Summaries ?? []).Where(s =>
                (s.StackId == stack.StackId || s.StackName == stack.StackName)
                && ChangeSetNames.IsOurs(s.ChangeSetName)
                && s.Status?.Value == ChangeSetStatus.CREATE_COMPLETE.Value
                && s.ExecutionStatus?.Value == ExecutionStatus.AVAILABLE.Value);
            foreach (var leftover in leftovers.ToList())
            {
                await cloudFormation.DeleteChangeSetAsync(
                    new DeleteChangeSetRequest { ChangeSetName = leftover.ChangeSetId ?? leftover.ChangeSetName, StackName = stack.StackId },
                    cancel).ConfigureAwait(false);
                removed.Add(leftover.ChangeSetName!);
                sink.Warning($"Deleted change set '{leftover.ChangeSetName}' left unexecuted by an earlier, interrupted run.");
            }

            token = page.NextToken;
        }
        while (!string.IsNullOrEmpty(token));

        return removed;
    }
}

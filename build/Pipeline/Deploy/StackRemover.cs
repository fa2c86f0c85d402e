using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;

namespace Pipeline.Deploy;

/// <summary>Deletes a stack and follows it to DELETE_COMPLETE, streaming its events.</summary>
internal sealed class StackRemover(IAmazonCloudFormation cloudFormation, IStackDeploySink sink, StackPoller poller, StackDeployerOptions options)
{
    public async Task<StackDeleteOutcome> DeleteAsync(Stack stack, string? roleArn, CancellationToken cancel)
    {
        var name = stack.StackName!;
        var stackId = stack.StackId!;
        var events = new StackEventStream(cloudFormation, stackId, sink);
        await events.MarkExistingAsSeenAsync(cancel).ConfigureAwait(false);
        sink.Progress($"Deleting stack {name} ({stack.StackStatus?.Value}).");
        await cloudFormation.DeleteStackAsync(new DeleteStackRequest { StackName = stackId, RoleARN = roleArn }, cancel).ConfigureAwait(false);

        // Follow by id: once deleted, the name no longer resolves.
        var (last, done) = await poller.WaitForStackAsync(
            stackId, s => s is null || !StackStates.IsBusy(s.StackStatus?.Value), options.StackTimeout, events, cancel).ConfigureAwait(false);
        if (last is null)
        {
            return new StackDeleteOutcome(DeleteStatus.Deleted, name, $"Stack {name} deleted.");
        }

        var status = last.StackStatus?.Value;
        var message = done
            ? $"Stack {name} could not be deleted ({status}: {last.StackStatusReason}). Remove or retain the failing resources listed, then delete again."
            : $"Stack {name} is still {status} after {options.StackTimeout.TotalMinutes:0} min. Follow it in the CloudFormation console and rerun when it settles.";
        return new StackDeleteOutcome(DeleteStatus.Failed, name, message) { Failures = events.Failures(name) };
    }
}

using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;

namespace Pipeline.Deploy;

/// <summary>
/// Deploys one CloudFormation stack through a change set: plan, show the changes, execute, follow the events to a
/// final status and collect the outputs. Recovers a stack left in ROLLBACK_COMPLETE or ROLLBACK_FAILED, waits (boundedly) for a busy
/// one, and clears unexecuted change sets of interrupted runs.
/// </summary>
public sealed class StackDeployer
{
    private readonly IAmazonCloudFormation cloudFormation;
    private readonly IDeployClock clock;
    private readonly IStackDeploySink sink;
    private readonly StackDeployerOptions options;
    private readonly StackPoller poller;
    private readonly StackRemover remover;
    private readonly ChangeSetPlanner planner;

    public StackDeployer(IAmazonCloudFormation cloudFormation, IDeployClock clock, IStackDeploySink sink, StackDeployerOptions? options = null)
    {
        this.cloudFormation = cloudFormation;
        this.clock = clock;
        this.sink = sink;
        this.options = options ?? StackDeployerOptions.Default;
        poller = new StackPoller(cloudFormation, clock, this.options);
        remover = new StackRemover(cloudFormation, sink, poller, this.options);
        planner = new ChangeSetPlanner(cloudFormation, poller, this.options);
    }

    public async Task<StackDeployOutcome> DeployAsync(StackDeployRequest request, CancellationToken cancel = default)
    {
        var name = request.StackName;
        var stack = await WaitUntilIdleAsync(name, cancel).ConfigureAwait(false);
        if (StackStates.IsBusy(stack?.StackStatus?.Value))
        {
            return new StackDeployOutcome(DeployStatus.Refused, name, BusyMessage(stack!)) { StackId = stack!.StackId };
        }

        var recreated = false;
        if (StackStates.IsFailedFirstCreate(stack?.StackStatus?.Value))
        {
            sink.Warning($"Stack {name} is in {stack!.StackStatus!.Value} (its first create failed{(stack.StackStatus.Value == StackStates.RollbackFailed ? " and so did its rollback" : string.Empty)}) " +
                "and cannot be updated; deleting it to create it again.");
            var deleted = await remover.DeleteAsync(stack, request.ExecutionRoleArn, cancel).ConfigureAwait(false);
            if (!deleted.Succeeded)
            {
                return new StackDeployOutcome(DeployStatus.Failed, name, deleted.Message) { Failures = deleted.Failures, StackId = stack.StackId };
            }

            (stack, recreated) = (null, true);
        }

        var removed = stack is null ? [] : await new LeftoverChangeSets(cloudFormation, sink).RemoveAsync(stack, cancel).ConfigureAwait(false);
        var changeSetName = ChangeSetNames.For(request.Commit, clock.UtcNow);
        var type = stack is null || stack.StackStatus?.Value == StackStates.ReviewInProgress ? ChangeSetType.CREATE : ChangeSetType.UPDATE;
        sink.Progress($"Creating {type.Value} change set {changeSetName} for stack {name}.");
        var plan = await planner.PlanAsync(request, changeSetName, type, cancel).ConfigureAwait(false);
        var outcome = new StackDeployOutcome(plan.Status, name, plan.Message)
        {
            StackId = plan.StackId ?? stack?.StackId,
            ChangeSetName = changeSetName,
            RemovedChangeSets = removed,
            Recreated = recreated,
            Changes = plan.Changes,
        };
        if (plan.Status != DeployStatus.Deployed)
        {
            sink.Progress(plan.Message);
            return outcome;
        }

        sink.PlannedChanges(name, changeSetName, plan.Changes);
        return await ExecuteAsync(outcome, plan, cancel).ConfigureAwait(false);
    }

    public async Task<StackDeleteOutcome> DeleteStackAsync(string stackName, string? executionRoleArn = null, CancellationToken cancel = default)
    {
        var stack = await WaitUntilIdleAsync(stackName, cancel).ConfigureAwait(false);
        if (stack is null)
        {
            return new StackDeleteOutcome(DeleteStatus.NotFound, stackName, $"Stack {stackName} does not exist; nothing to delete.");
        }

        if (TerminationProtection.IsOn(stack))
        {
            return new StackDeleteOutcome(DeleteStatus.Refused, stackName, TerminationProtection.OperatorSteps(stack));
        }

        return StackStates.IsBusy(stack.StackStatus?.Value)
            ? new StackDeleteOutcome(DeleteStatus.Refused, stackName, BusyMessage(stack))
            : await remover.DeleteAsync(stack, executionRoleArn, cancel).ConfigureAwait(false);
    }

    public Task<DriftOutcome> DetectDriftAsync(string stackName, CancellationToken cancel = default) =>
        new DriftDetector(cloudFormation, poller, options).DetectAsync(stackName, cancel);

    private async Task<StackDeployOutcome> ExecuteAsync(StackDeployOutcome outcome, ChangeSetPlan plan, CancellationToken cancel)
    {
        var name = outcome.StackName;
        var events = new StackEventStream(cloudFormation, plan.StackId!, sink);
        await events.MarkExistingAsSeenAsync(cancel).ConfigureAwait(false);
        sink.Progress($"Executing change set {outcome.ChangeSetName} ({plan.Changes.Count} change(s)).");
        try
        {
            await cloudFormation.ExecuteChangeSetAsync(
                new ExecuteChangeSetRequest { ChangeSetName = plan.ChangeSetId, StackName = name }, cancel).ConfigureAwait(false);
        }
        catch (AmazonCloudFormationException e)
        {
            await events.PumpAsync(cancel).ConfigureAwait(false);
            var refused = $"CloudFormation did not execute change set {outcome.ChangeSetName} for {name}: {ServiceErrors.Describe(e)}. " +
                          "Check the failing resources and parameters, then deploy again.";
            return outcome with { Status = DeployStatus.Failed, Message = refused, Failures = events.Failures(name) };
        }

        // Right after ExecuteChangeSet AWS may still report the previous, settled status; trust a settled status once
        // the stack's own closing event has arrived, or after it has held for a few polls.
        var settledPolls = 0;
        var (stack, done) = await poller.WaitForStackAsync(
            plan.StackId!,
            s => s is null || (!IsRunning(s) && (events.SawStackSettle(name) || ++settledPolls >= 3)),
            options.StackTimeout,
            events,
            cancel).ConfigureAwait(false);
        var status = stack?.StackStatus?.Value ?? StackStates.DeleteComplete;
        if (stack is not null && done && StackStates.IsSuccess(status))
        {
            var (outputs, source) = await StackOutputs.CollectAsync(cloudFormation, stack, sink, cancel).ConfigureAwait(false);
            sink.Progress($"Stack {name} is {status}.");
            return outcome with { Message = $"Stack {name} deployed ({status}).", FinalStatus = status, Outputs = outputs, OutputSource = source };
        }

        var failures = events.Failures(name);
        var message = !done
            ? $"Stack {name} is still {status} after {options.StackTimeout.TotalMinutes:0} min; CloudFormation carries on without us. " +
              "Follow it in the console and rerun the deployment when it settles."
            : $"Stack {name} ended in {status}{Reason(stack)}. {Describe(failures)}Fix the cause and deploy again.";
        return outcome with { Status = DeployStatus.Failed, Message = message, FinalStatus = status, Failures = failures };
    }

    private async Task<Stack?> WaitUntilIdleAsync(string stackName, CancellationToken cancel)
    {
        var stack = await StackLookup.FindAsync(cloudFormation, stackName, cancel).ConfigureAwait(false);
        if (!StackStates.IsBusy(stack?.StackStatus?.Value))
        {
            return stack;
        }

        sink.Progress($"Stack {stackName} is busy ({stack!.StackStatus?.Value}); waiting up to {options.BusyWait.TotalMinutes:0} min for it to finish.");
        var (last, _) = await poller.WaitForStackAsync(
            stack.StackId!, s => !StackStates.IsBusy(s?.StackStatus?.Value), options.BusyWait, null, cancel).ConfigureAwait(false);
        return last;
    }

    private static bool IsRunning(Stack stack) =>
        StackStates.IsBusy(stack.StackStatus?.Value) || stack.StackStatus?.Value == StackStates.ReviewInProgress;

    private string BusyMessage(Stack stack) =>
        $"Stack {stack.StackName} is still {stack.StackStatus?.Value} after waiting {options.BusyWait.TotalMinutes:0} min: another " +
        "deployment or a rollback is running. Let it finish (or cancel it in the CloudFormation console), then deploy again.";

    private static string Reason(Stack? stack) =>
        string.IsNullOrEmpty(stack?.StackStatusReason) ? string.Empty : $" ({stack.StackStatusReason})";

    private static string Describe(IReadOnlyList<ResourceFailure> failures) =>
        failures.Count == 0
            ? string.Empty
            : "Failed resources: " + string.Join("; ", failures.Select(f => $"{f.LogicalId} ({f.ResourceType}) {f.Status}: {f.Reason}")) + ". ";
}

using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;

namespace Pipeline.Deploy;

/// <summary>Creates the change set, waits for CloudFormation to compute it and reads its changes.</summary>
internal sealed class ChangeSetPlanner(IAmazonCloudFormation cloudFormation, StackPoller poller, StackDeployerOptions options)
{
    public async Task<ChangeSetPlan> PlanAsync(StackDeployRequest request, string changeSetName, ChangeSetType type, CancellationToken cancel)
    {
        // No separate ValidateTemplate: CreateChangeSet checks the template itself, and cfn-lint ran before the build.
        CreateChangeSetResponse created;
        try
        {
            created = await cloudFormation.CreateChangeSetAsync(Create(request, changeSetName, type), cancel).ConfigureAwait(false);
        }
        catch (AmazonCloudFormationException e) when (IsNoChanges(e.Message))
        {
            // moto refuses an identical update outright instead of producing a FAILED change set.
            return NoChanges(request);
        }
        catch (AmazonCloudFormationException e) when (e.Message.StartsWith("Template", StringComparison.Ordinal))
        {
            return new ChangeSetPlan(DeployStatus.Failed,
                $"The template for {request.StackName} was rejected: {e.Message} Fix the template (cfn-lint helps) and deploy again.");
        }
        catch (AmazonCloudFormationException e)
        {
            return new ChangeSetPlan(DeployStatus.Failed,
                $"CloudFormation refused change set {changeSetName} for {request.StackName}: {ServiceErrors.Describe(e)}. " +
                "Fix the template, parameters or capabilities and deploy again.");
        }

        var described = await poller.PollAsync(
            () => DescribeAllAsync(created.Id!, request.StackName, cancel),
            d => d.Status?.Value is "CREATE_COMPLETE" or "FAILED" || (d.Status?.Value?.StartsWith("DELETE", StringComparison.Ordinal) ?? false),
            options.ChangeSetTimeout,
            cancel).ConfigureAwait(false);
        var status = described.Status?.Value;
        if (status == "FAILED" && IsNoChanges(described.StatusReason))
        {
            await DeleteAsync(created.Id!, request.StackName, cancel).ConfigureAwait(false);
            return NoChanges(request);
        }

        if (status != "CREATE_COMPLETE")
        {
            await DeleteAsync(created.Id!, request.StackName, cancel).ConfigureAwait(false);
            var why = status == "FAILED"
                ? $"failed: {described.StatusReason}. Fix the template or parameters and deploy again."
                : $"was still {status} after {options.ChangeSetTimeout.TotalMinutes:0} min. Check CloudFormation's health and deploy again.";
            return new ChangeSetPlan(DeployStatus.Failed, $"Change set {changeSetName} for {request.StackName} {why}");
        }

        return new ChangeSetPlan(DeployStatus.Deployed, $"Change set {changeSetName} is ready.")
        {
            ChangeSetId = created.Id,
            StackId = created.StackId ?? described.StackId,
            Changes = (described.Changes ?? []).Select(ToPlanned).ToList(),
        };
    }

    public Task DeleteAsync(string changeSetId, string stackName, CancellationToken cancel) =>
        cloudFormation.DeleteChangeSetAsync(new DeleteChangeSetRequest { ChangeSetName = changeSetId, StackName = stackName }, cancel);

    private static CreateChangeSetRequest Create(StackDeployRequest request, string changeSetName, ChangeSetType type) => new()
    {
        StackName = request.StackName,
        ChangeSetName = changeSetName,
        ChangeSetType = type,
        Description = $"Commit {request.Commit}",
        TemplateBody = request.TemplateBody,
        RoleARN = request.ExecutionRoleArn,
        Capabilities = [.. request.Capabilities],
        Parameters = request.Parameters.Select(p => new Parameter { ParameterKey = p.Key, ParameterValue = p.Value }).ToList(),
        Tags = request.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
    };

    private async Task<DescribeChangeSetResponse> DescribeAllAsync(string changeSetId, string stackName, CancellationToken cancel)
    {
        var first = await cloudFormation.DescribeChangeSetAsync(
            new DescribeChangeSetRequest { ChangeSetName = changeSetId, StackName = stackName }, cancel).ConfigureAwait(false);
        var changes = new List<Change>(first.Changes ?? []);
        for (var token = first.NextToken; !string.IsNullOrEmpty(token);)
        {
            var page = await cloudFormation.DescribeChangeSetAsync(
                new DescribeChangeSetRequest { ChangeSetName = changeSetId, StackName = stackName, NextToken = token }, cancel).ConfigureAwait(false);
            changes.AddRange(page.Changes ?? []);
            token = page.NextToken;
        }

        first.Changes = changes;
        return first;
    }

    private static bool IsNoChanges(string? reason) =>
        reason is not null
        && (reason.Contains("didn't contain changes", StringComparison.OrdinalIgnoreCase)
            || reason.Contains("No updates are to be performed", StringComparison.OrdinalIgnoreCase));

    private static ChangeSetPlan NoChanges(StackDeployRequest request) => new(
        DeployStatus.NoChanges,
        $"No changes: stack {request.StackName} already runs this template and these parameters (commit {request.Commit}).");

    private static PlannedChange ToPlanned(Change change) => new(
        change.ResourceChange?.Action?.Value ?? string.Empty,
        change.ResourceChange?.LogicalResourceId ?? string.Empty,
        change.ResourceChange?.ResourceType ?? string.Empty,
        change.ResourceChange?.Replacement?.Value ?? string.Empty);
}

namespace Pipeline.Deploy;

/// <summary>What creating a change set came to: ready to execute, nothing to do, or a reason it cannot run.</summary>
internal sealed record ChangeSetPlan(DeployStatus Status, string Message)
{
    public string? ChangeSetId { get; init; }

    public string? StackId { get; init; }

    public IReadOnlyList<PlannedChange> Changes { get; init; } = [];
}

namespace Pipeline.Deploy;

public sealed record StackDeployOutcome(DeployStatus Status, string StackName, string Message)
{
    public bool Succeeded => Status is DeployStatus.Deployed or DeployStatus.NoChanges;

    public string? StackId { get; init; }

    public string? ChangeSetName { get; init; }

    /// <summary>The stack status the deployment ended in, when it got as far as executing.</summary>
    public string? FinalStatus { get; init; }

    public IReadOnlyList<PlannedChange> Changes { get; init; } = [];

    public IReadOnlyDictionary<string, string> Outputs { get; init; } = new Dictionary<string, string>();

    public OutputSource OutputSource { get; init; }

    public IReadOnlyList<ResourceFailure> Failures { get; init; } = [];

    /// <summary>Unexecuted change sets of an interrupted earlier run that this run deleted.</summary>
    public IReadOnlyList<string> RemovedChangeSets { get; init; } = [];

    /// <summary>True when a stack left in ROLLBACK_COMPLETE by a failed first create was deleted and created anew.</summary>
    public bool Recreated { get; init; }
}

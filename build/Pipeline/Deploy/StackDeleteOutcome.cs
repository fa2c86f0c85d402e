namespace Pipeline.Deploy;

public sealed record StackDeleteOutcome(DeleteStatus Status, string StackName, string Message)
{
    public bool Succeeded => Status is DeleteStatus.Deleted or DeleteStatus.NotFound;

    public IReadOnlyList<ResourceFailure> Failures { get; init; } = [];
}

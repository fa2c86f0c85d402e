namespace Pipeline.Deploy;

public sealed record DriftOutcome(DriftCheckStatus Status, string StackName, string Message)
{
    public IReadOnlyList<DriftedResource> DriftedResources { get; init; } = [];
}

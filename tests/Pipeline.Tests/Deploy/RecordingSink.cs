using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

internal sealed class RecordingSink : IStackDeploySink
{
    public List<string> Lines { get; } = [];

    public List<StackEventRecord> Events { get; } = [];

    public List<PlannedChange> Planned { get; } = [];

    public void Progress(string message) => Lines.Add(message);

    public void Warning(string message) => Lines.Add("WARN " + message);

    public void PlannedChanges(string stackName, string changeSetName, IReadOnlyList<PlannedChange> changes) => Planned.AddRange(changes);

    public void StackEvent(StackEventRecord stackEvent) => Events.Add(stackEvent);
}

namespace Pipeline.Deploy;

/// <summary>Where the deployer reports as it goes; the Cake task renders these as console lines and tables.</summary>
public interface IStackDeploySink
{
    void Progress(string message);

    void Warning(string message);

    /// <summary>The change set's planned changes, reported before it is executed.</summary>
    void PlannedChanges(string stackName, string changeSetName, IReadOnlyList<PlannedChange> changes);

    /// <summary>One new stack event, oldest first, as it arrives.</summary>
    void StackEvent(StackEventRecord stackEvent);
}

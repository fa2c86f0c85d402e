using Cake.Common.Diagnostics;
using Cake.Core;
using Pipeline.Deploy;

namespace Build.Console;

/// <summary>Shows a deployment as it happens: the change set as a table, then each stack event as one line.</summary>
public sealed class StackDeployConsole(ICakeContext context) : IStackDeploySink
{
    public void Progress(string message) => context.Information(message);

    public void Warning(string message) => context.Warning(message);

    public void PlannedChanges(string stackName, string changeSetName, IReadOnlyList<PlannedChange> changes)
    {
        var table = ConsoleOutput.Table($"Change set {changeSetName} for {stackName}", "Action", "Logical id", "Type", "Replacement");
        foreach (var change in changes)
        {
            ConsoleOutput.Row(table, change.Action, change.LogicalId, change.ResourceType, change.Replacement);
        }

        ConsoleOutput.Write(table);
    }

    public void StackEvent(StackEventRecord stackEvent) =>
        context.Information($"{stackEvent.Timestamp:HH:mm:ss} {stackEvent.Status,-28} {stackEvent.LogicalId} ({stackEvent.ResourceType}){Reason(stackEvent.Reason)}");

    private static string Reason(string reason) => string.IsNullOrEmpty(reason) ? string.Empty : $": {reason}";
}

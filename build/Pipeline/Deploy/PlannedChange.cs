namespace Pipeline.Deploy;

/// <summary>One row of a change set: what CloudFormation will do to which resource.</summary>
/// <param name="Replacement">"True", "False", "Conditional", or empty for additions and removals.</param>
public sealed record PlannedChange(string Action, string LogicalId, string ResourceType, string Replacement);

namespace Pipeline.Deploy;

/// <summary>A resource that failed during the deployment, with CloudFormation's reason.</summary>
public sealed record ResourceFailure(string LogicalId, string ResourceType, string Status, string Reason);

namespace Pipeline.Deploy;

/// <summary>What to deploy: one template with its parameters and tags, for one commit.</summary>
public sealed record StackDeployRequest(string StackName, string TemplateBody, string Commit)
{
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>Role CloudFormation assumes to act on the stack (RoleARN); null uses the caller's credentials.</summary>
    public string? ExecutionRoleArn { get; init; }

    /// <summary>Acknowledged capabilities; the Lambda template creates an IAM role, hence CAPABILITY_IAM.</summary>
    public IReadOnlyList<string> Capabilities { get; init; } = ["CAPABILITY_IAM"];
}

namespace Pipeline.Configuration;

/// <summary>Per-branch stacks: copies of <see cref="BasedOn"/> with their own stack name.</summary>
public sealed record EphemeralConfig(string BasedOn, string BranchPattern, string StackPrefix)
{
    /// <summary>
    /// Who may deploy and destroy ephemeral stacks from their own machine: role ARNs in the base environment's
    /// infrastructure account, a '*' allowed in the name (an IAM Identity Center permission set's role). Terraform
    /// trusts them in the developer role it creates; empty: no developer role.
    /// </summary>
    public IReadOnlyList<string> DeveloperRoleArns { get; init; } = [];
}

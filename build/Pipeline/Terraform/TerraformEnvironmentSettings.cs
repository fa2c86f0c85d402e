using Pipeline.Aws;

namespace Pipeline.Terraform;

/// <summary>What differs between environments and between a local rehearsal and real AWS.</summary>
public sealed record TerraformEnvironmentSettings(
    string Environment,
    string ApplicationName,
    string InfrastructureAccountId,
    string RuntimeAccountId,
    AwsTarget Target)
{
    /// <summary>Bucket holding Terraform state (null: &lt;application&gt;-tfstate-&lt;infrastructure account&gt;-&lt;region&gt;).</summary>
    public string? StateBucket { get; init; }

    /// <summary>Extra infrastructure-account roles the deploy role trusts besides the CI roles the root creates.</summary>
    public IReadOnlyList<string> TrustedRoleArns { get; init; } = [];

    public string? StackNamePrefix { get; init; }

    public string? RepositoryUrl { get; init; }

    /// <summary>Role Terraform assumes in the runtime account (null: the root's default, OrganizationAccountAccessRole).</summary>
    public string? RuntimeProvisioningRoleName { get; init; }
}

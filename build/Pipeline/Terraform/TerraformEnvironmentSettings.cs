using Pipeline.Aws;

namespace Pipeline.Terraform;

/// <summary>
/// Everything Terraform needs to know about one environment, all filled by <see cref="EnvironmentTerraform.Settings"/>
/// from pipeline.json: the build, the tests and bench/ make it there and nowhere else.
/// </summary>
public sealed record TerraformEnvironmentSettings(
    string Environment,
    string ApplicationName,
    string InfrastructureAccountId,
    string RuntimeAccountId,
    AwsTarget Target)
{
    /// <summary>The environment's Terraform root, relative to the repository (pipeline.json: terraform).</summary>
    public required string Root { get; init; }

    public required string StateBucket { get; init; }

    /// <summary>Branches whose pushes deploy the environment (its push project's webhook).</summary>
    public required IReadOnlyList<string> Branches { get; init; }

    public required string RepositoryUrl { get; init; }

    /// <summary>Prefix of the stacks the deploy role may change.</summary>
    public required string StackNamePrefix { get; init; }

    /// <summary>Runtime-account role Terraform assumes (made by infra/bootstrap).</summary>
    public required string RuntimeProvisioningRoleName { get; init; }

    /// <summary>Administrator role the Bootstrap target assumes in an account the starting identity is not in.</summary>
    public required string BootstrapRoleName { get; init; }

    public required int ArtifactRetentionDays { get; init; }

    /// <summary>External id the deploy role requires (null: none).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The --profile the build signed in with: Terraform runs as the same identity (AWS_PROFILE).</summary>
    public string? Profile { get; init; }

    /// <summary>For prod: the environment whose stack record proves promotion by content (null: none).</summary>
    public PromotionSource? PromotesFrom { get; init; }

    /// <summary>Push roles of the environments that promote from this one: they read its stack records.</summary>
    public IReadOnlyList<string> PromotionReaderRoleArns { get; init; } = [];

    /// <summary>For the environment ephemeral stacks are based on, when developers deploy them (null: none).</summary>
    public EphemeralAccess? Ephemeral { get; init; }

    /// <summary>This environment's infrastructure account hosts the pull-request project (the first environment does).</summary>
    public required bool HostsPullRequestProject { get; init; }

    /// <summary>This environment creates the repository connection of its infrastructure account (the first one there does).</summary>
    public required bool CreatesConnection { get; init; }
}

/// <summary>
/// Developers' feature-branch stacks: who may assume the developer role (pipeline.json's ephemeral.developerRoleArns),
/// the stacks' prefix, and the environment stacks of the same runtime account the ephemeral role must never touch.
/// </summary>
public sealed record EphemeralAccess(IReadOnlyList<string> DeveloperRoleArns, string StackPrefix, IReadOnlyList<string> ExcludedStacks);

/// <summary>Where a later environment reads the record of what an earlier one runs.</summary>
public sealed record PromotionSource(string Bucket, string AccountId, string Region);

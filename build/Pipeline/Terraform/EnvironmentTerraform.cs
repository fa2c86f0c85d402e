using Pipeline.Aws;
using Pipeline.Configuration;
using Pipeline.GitFlow;

namespace Pipeline.Terraform;

/// <summary>The one mapping from an environment of pipeline.json to Terraform's settings (and so its variables).</summary>
public static class EnvironmentTerraform
{
    public static TerraformEnvironmentSettings Settings(PipelineConfig config, EnvironmentConfig environment, AwsTarget target, string? profile = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(target);

        // An ephemeral stack is a copy of its base environment under the stack's name; Terraform knows the base only.
        environment = config.Environments.TryGetValue(environment.Name, out var named)
            ? named
            : config.Environments.Values.Single(e => e.Terraform == environment.Terraform);
        var first = config.Environments.Values.First();
        var firstInAccount = config.Environments.Values.First(e => e.InfrastructureAccount == environment.InfrastructureAccount);
        var preprod = config.EnvironmentForBranch(GitFlowBranches.Develop);
        return new TerraformEnvironmentSettings(environment.Name, config.Application, environment.InfrastructureAccount, environment.RuntimeAccount, target)
        {
            Root = config.FullPath(environment.Terraform),
            StateBucket = environment.StateBucket ?? $"{config.Application}-tfstate-{environment.InfrastructureAccount}-{environment.Region}",
            Branches = [.. environment.Branches],
            RepositoryUrl = config.Repository,
            StackNamePrefix = environment.StackPrefix ?? environment.StackName,
            RuntimeProvisioningRoleName = environment.ProvisioningRoleName ?? $"{config.Application}-{environment.Name}-terraform",
            BootstrapRoleName = environment.BootstrapRoleName ?? "OrganizationAccountAccessRole",
            ArtifactRetentionDays = environment.ArtifactRetentionDays ?? 30,
            ExternalId = environment.ExternalId,
            Profile = target.IsLocal ? null : profile,
            HostsPullRequestProject = first.Name == environment.Name,
            CreatesConnection = firstInAccount.Name == environment.Name,
            PromotesFrom = environment.IsProduction && preprod is not null && preprod.Name != environment.Name
                ? new PromotionSource(ArtifactBucket(config, preprod), preprod.InfrastructureAccount, preprod.Region)
                : null,
            Ephemeral = config.Ephemeral is { DeveloperRoleArns.Count: > 0 } ephemeral && ephemeral.BasedOn == environment.Name
                ? new EphemeralAccess(ephemeral.DeveloperRoleArns, ephemeral.StackPrefix,
                    [.. config.Environments.Values.Where(e => e.RuntimeAccount == environment.RuntimeAccount).Select(e => e.StackName)])
                : null,
            PromotionReaderRoleArns = preprod is not null && preprod.Name == environment.Name
                ? [.. config.Environments.Values.Where(e => e.IsProduction && e.Name != preprod.Name)
                    .Select(e => TerraformEnvironment.PushRole(e.InfrastructureAccount, config.Application, e.Name))]
                : [],
        };
    }

    /// <summary>The artifact bucket infra/modules/environment names for an environment.</summary>
    public static string ArtifactBucket(PipelineConfig config, EnvironmentConfig environment) =>
        $"{config.Application}-{environment.Name}-artifacts-{environment.InfrastructureAccount}-{environment.Region}";
}

using Pipeline.GitFlow;
using Pipeline.LocalAws;

namespace Pipeline.Configuration;

/// <summary>
/// One environment of pipeline.json. The role, bucket and key settings are optional: when absent,
/// <see cref="Resolve"/> takes them from the environment's Terraform outputs.
/// </summary>
public sealed record EnvironmentConfig(
    string Name,
    string Branch,
    string Region,
    string InfrastructureAccount,
    string RuntimeAccount,
    string Terraform,
    string StackName)
{
    public IReadOnlyList<string> AlsoBranches { get; init; } = [];

    public bool RequireConfirmation { get; init; }

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public string? DeployRoleArn { get; init; }

    public string? CloudFormationRoleArn { get; init; }

    public string? ArtifactBucket { get; init; }

    public string? KmsKeyArn { get; init; }

    public string? ExternalId { get; init; }

    public int? SessionDurationSeconds { get; init; }

    /// <summary>Prefix of the stacks the deploy role may change (null: see Pipeline.Terraform.EnvironmentTerraform).</summary>
    public string? StackPrefix { get; init; }

    /// <summary>Runtime-account role Terraform assumes (null: &lt;application&gt;-&lt;environment&gt;-terraform, made by infra/bootstrap).</summary>
    public string? ProvisioningRoleName { get; init; }

    /// <summary>Administrator role the Bootstrap target assumes where the starting identity is in another account.</summary>
    public string? BootstrapRoleName { get; init; }

    public string? StateBucket { get; init; }

    public int? ArtifactRetentionDays { get; init; }
    public Release.ReleaseConfig Release { get; init; } = Pipeline.Release.ReleaseConfig.AllAtOnce;

    public IEnumerable<string> Branches => AlsoBranches.Prepend(Branch);

    /// <summary>Deployed from master/main: guarded by confirmation for local runs and destroys.</summary>
    public bool IsProduction => Branches.Any(GitFlowBranches.IsProduction);

    public bool NeedsConfirmation => RequireConfirmation || IsProduction;

    public override string ToString() => $"{Name} ({Branch} -> stack {StackName}, runtime account {RuntimeAccount}, {Region})";

    /// <summary>Fills the settings pipeline.json left out from Terraform's outputs and checks the result.</summary>
    /// <exception cref="PipelineConfigException">An output is missing or a value breaks an account rule.</exception>
    public DeploymentTarget Resolve(IReadOnlyDictionary<string, string> terraformOutputs, string configFile = "pipeline.json")
    {
        ArgumentNullException.ThrowIfNull(terraformOutputs);
        var errors = new List<ConfigError>();
        string Pick(string? configured, string key, string output)
        {
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured;
            }

            if (terraformOutputs.TryGetValue(output, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            errors.Add(new ConfigError(configFile, $"environments.{Name}.{key}", $"not set, and Terraform in '{Terraform}' has no output '{output}'.",
                $"Run the Terraform apply for '{Terraform}' (so the output exists), or set '{key}' in {configFile}."));
            return string.Empty;
        }

        var target = new DeploymentTarget(
            Name,
            Region,
            InfrastructureAccount,
            RuntimeAccount,
            StackName,
            Pick(DeployRoleArn, "deployRoleArn", TerraformOutputNames.DeployRoleArn),
            Pick(CloudFormationRoleArn, "cloudFormationRoleArn", TerraformOutputNames.CloudFormationRoleArn),
            Pick(ArtifactBucket, "artifactBucket", TerraformOutputNames.ArtifactBucket),
            Pick(KmsKeyArn, "kmsKeyArn", TerraformOutputNames.KmsKeyArn),
            Parameters)
        {
            ExternalId = ExternalId,
            SessionDuration = TimeSpan.FromSeconds(SessionDurationSeconds ?? 3600),
            RequireConfirmation = NeedsConfirmation,
        };

        errors.AddRange(EnvironmentRules.CheckResolved(target, configFile));
        return errors.Count == 0 ? target : throw new PipelineConfigException(errors);
    }

    /// <summary>The same environment on the local emulator: its own accounts (moto keeps one state per account), the emulator's region.</summary>
    public EnvironmentConfig ForLocalEmulator() => this with
    {
        Region = LocalAccounts.Region,
        KmsKeyArn = Arn.TryParse(KmsKeyArn) is { } key ? (key with { Region = LocalAccounts.Region }).ToString() : KmsKeyArn,
    };
}

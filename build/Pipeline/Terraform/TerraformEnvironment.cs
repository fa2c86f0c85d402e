using System.Globalization;
using System.Text.Json;
using Amazon.Runtime;

namespace Pipeline.Terraform;

/// <summary>
/// Everything a Terraform call for one environment needs: folders, -var values, -backend-config pairs and process
/// environment, for its root or (<see cref="Bootstrap"/>) for infra/bootstrap. A local rehearsal runs the same roots
/// as real AWS; only these values differ.
/// </summary>
public sealed class TerraformEnvironment
{
    public const string BootstrapRoot = "infra/bootstrap";

    private readonly bool isBootstrap;

    public TerraformEnvironment(string repositoryRoot, TerraformEnvironmentSettings settings, string? artifactsDirectory = null)
        : this(repositoryRoot, settings, artifactsDirectory, bootstrap: false)
    {
    }

    private TerraformEnvironment(string repositoryRoot, TerraformEnvironmentSettings settings, string? artifactsDirectory, bool bootstrap)
    {
        Settings = settings;
        isBootstrap = bootstrap;
        RepositoryRoot = Path.GetFullPath(repositoryRoot);
        WorkingDirectory = Path.GetFullPath(Path.Combine(RepositoryRoot, bootstrap ? BootstrapRoot : settings.Root));
        if (!Directory.Exists(WorkingDirectory))
        {
            throw new ArgumentException($"There is no Terraform root at {WorkingDirectory}. Fix 'terraform' of environment '{settings.Environment}' in pipeline.json.");
        }

        if (settings.StateBucket.Length > 63)
        {
            throw new ArgumentException($"State bucket name '{settings.StateBucket}' is longer than 63 characters. Set a shorter 'stateBucket' in pipeline.json.");
        }

        var layout = artifactsDirectory is null ? new ArtifactsLayout(RepositoryRoot) : ArtifactsLayout.At(artifactsDirectory);
        ArtifactsDirectory = layout.Root;
        CliConfigDirectory = layout.Terraform;
        OutputDirectory = Path.Combine(CliConfigDirectory, bootstrap ? "bootstrap-" + settings.Environment : settings.Environment);
        DataDirectory = Path.Combine(OutputDirectory, ".terraform");
        PlanFile = Path.Combine(OutputDirectory, settings.Environment + ".tfplan");
    }

    public TerraformEnvironmentSettings Settings { get; }

    public string Name => Settings.Environment;

    public bool IsLocal => Settings.Target.IsLocal;

    public string RepositoryRoot { get; }

    /// <summary>The root configuration: pipeline.json's 'terraform' folder, or infra/bootstrap.</summary>
    public string WorkingDirectory { get; }

    public string ArtifactsDirectory { get; }

    /// <summary>Where the CLI config (provider mirror) is written: artifacts/terraform.</summary>
    public string CliConfigDirectory { get; }

    /// <summary>artifacts/terraform/&lt;environment&gt; (or bootstrap-&lt;environment&gt;): plan files and the data directory.</summary>
    public string OutputDirectory { get; }

    /// <summary>TF_DATA_DIR, so init writes nothing inside infra/.</summary>
    public string DataDirectory { get; }

    public string PlanFile { get; }

    public string StateBucket => Settings.StateBucket;

    /// <summary>The environment root's state; the push role may read and write this object and its lock only.</summary>
    public string EnvironmentStateKey => $"{Name}/terraform.tfstate";

    public string StateKey => isBootstrap ? $"bootstrap/{Name}.tfstate" : EnvironmentStateKey;

    public string NamePrefix => $"{Settings.ApplicationName}-{Name}";

    public string PushRoleArn => PushRole(Settings.InfrastructureAccountId, Settings.ApplicationName, Name);

    /// <summary>The role infra/modules/ci creates for developers' ephemeral stacks.</summary>
    public static string DeveloperRole(string infrastructureAccount, string application, string environment) =>
        $"arn:aws:iam::{infrastructureAccount}:role/{application}-{environment}-developer";

    /// <summary>The runtime-account role the developer role assumes (infra/modules/runtime-access).</summary>
    public static string EphemeralRole(string runtimeAccount, string application, string environment) =>
        $"arn:aws:iam::{runtimeAccount}:role/{application}-{environment}-ephemeral";

    /// <summary>The push project's role infra/bootstrap creates for an environment.</summary>
    public static string PushRole(string infrastructureAccount, string application, string environment) =>
        $"arn:aws:iam::{infrastructureAccount}:role/{application}-{environment}-push";

    public string PermissionsBoundaryArn => $"arn:aws:iam::{Settings.RuntimeAccountId}:policy/{NamePrefix}-boundary";

    /// <summary>The boundary of the roles the stack's template creates (its PermissionsBoundaryArn), not the pipeline roles' one.</summary>
    public string FunctionBoundaryArn => $"arn:aws:iam::{Settings.RuntimeAccountId}:policy/{NamePrefix}-function-boundary";

    public string ArtifactBucket => $"{NamePrefix}-artifacts-{Settings.InfrastructureAccountId}-{Settings.Target.Region}";

    /// <summary>The same environment's infra/bootstrap root.</summary>
    public TerraformEnvironment Bootstrap => new(RepositoryRoot, Settings, ArtifactsDirectory, bootstrap: true);

    /// <summary>The -var values, by variable name; lists are already in HCL/JSON form.</summary>
    public IReadOnlyDictionary<string, string> Variables => isBootstrap ? BootstrapVariables() : EnvironmentVariables();

    /// <summary>The -backend-config pairs: the state bucket and key, and for the emulator its endpoint and skipped AWS-only checks.</summary>
    public IReadOnlyDictionary<string, string> BackendConfig
    {
        get
        {
            var config = new Dictionary<string, string>
            {
                ["bucket"] = StateBucket,
                ["key"] = StateKey,
                ["region"] = Settings.Target.Region,
            };
            if (IsLocal)
            {
                config["endpoints"] = string.Create(CultureInfo.InvariantCulture, $"{{s3=\"{LocalEndpoint}\",sts=\"{LocalEndpoint}\"}}");
                config["use_path_style"] = "true";
                config["skip_credentials_validation"] = "true";
                config["skip_requesting_account_id"] = "true";
                config["skip_metadata_api_check"] = "true";
                config["skip_region_validation"] = "true";
            }

            return config;
        }
    }

    /// <summary>Arguments of <c>terraform init</c>: no prompts, the committed lock file kept as is, backend re-read each run.</summary>
    public IReadOnlyList<string> InitArguments =>
        ["-input=false", "-lockfile=readonly", "-reconfigure", .. BackendConfig.Select(pair => $"-backend-config={pair.Key}={pair.Value}")];

    /// <summary>The -var arguments for plan, apply, destroy and console.</summary>
    public IReadOnlyList<string> VariableArguments => [.. Variables.Select(pair => $"-var={pair.Key}={pair.Value}")];

    /// <summary>
    /// Environment for the terraform process: session <paramref name="credentials"/> when the build holds them (a
    /// rehearsal's assumed role), else the --profile the build signed in with, else the SDK's default chain.
    /// </summary>
    public IReadOnlyDictionary<string, string?> ProcessEnvironment(string? cliConfigFile, ImmutableCredentials? credentials = null) =>
        TerraformProcess.Environment(DataDirectory, cliConfigFile,
            new TerraformIdentity(Settings.Target.Region, IsLocal ? LocalEndpoint : null, Settings.Profile, credentials));

    /// <summary>The administrator role bootstrap assumes in the infrastructure account, or null when the starting identity is there already.</summary>
    public string? InfrastructureAdminRoleFor(string startingAccount) =>
        startingAccount == Settings.InfrastructureAccountId ? null : $"arn:aws:iam::{Settings.InfrastructureAccountId}:role/{Settings.BootstrapRoleName}";

    private Dictionary<string, string> EnvironmentVariables()
    {
        var variables = Common();
        variables["runtime_provisioning_role_name"] = Settings.RuntimeProvisioningRoleName;
        variables["deploy_trusted_role_arns"] = JsonSerializer.Serialize(new[] { PushRoleArn });
        variables["stack_name_prefix"] = Settings.StackNamePrefix;
        variables["permissions_boundary_arn"] = PermissionsBoundaryArn;
        variables["promotion_reader_role_arns"] = JsonSerializer.Serialize(Settings.PromotionReaderRoleArns);
        if (Settings.Ephemeral is { } ephemeral)
        {
            variables["ephemeral"] = JsonSerializer.Serialize(new
            {
                stack_prefix = ephemeral.StackPrefix,
                developer_role_arn = DeveloperRole(Settings.InfrastructureAccountId, Settings.ApplicationName, Name),
                excluded_stacks = ephemeral.ExcludedStacks,
            });
        }

        variables["artifact_retention_days"] = Settings.ArtifactRetentionDays.ToString(CultureInfo.InvariantCulture);
        if (Settings.ExternalId is { } externalId)
        {
            variables["deploy_external_id"] = externalId;
        }

        if (IsLocal)
        {
            // moto enforces Deny statements whatever their condition.
            variables["enforce_bucket_policy_denies"] = "false";
            variables["kms_deletion_window_days"] = "7";
        }

        return variables;
    }

    private Dictionary<string, string> BootstrapVariables()
    {
        var variables = Common();
        variables["branches"] = JsonSerializer.Serialize(Settings.Branches);
        variables["repository_url"] = Settings.RepositoryUrl;
        variables["create_connection"] = Lower(Settings.CreatesConnection);
        variables["connection_name"] = $"{Settings.ApplicationName}-source";
        variables["pull_request_project"] = Lower(Settings.HostsPullRequestProject);
        variables["state_bucket"] = StateBucket;
        variables["state_key"] = EnvironmentStateKey;
        variables["artifact_bucket"] = ArtifactBucket;
        variables["provisioning_role_name"] = Settings.RuntimeProvisioningRoleName;
        variables["developer_principal_arns"] = JsonSerializer.Serialize(Settings.Ephemeral?.DeveloperRoleArns ?? []);
        variables["stack_name_prefix"] = Settings.StackNamePrefix;
        variables["runtime_admin_role_arn"] = $"arn:aws:iam::{Settings.RuntimeAccountId}:role/{Settings.BootstrapRoleName}";
        if (Settings.PromotesFrom is { } source)
        {
            variables["promotion_source"] = JsonSerializer.Serialize(new { bucket = source.Bucket, account_id = source.AccountId, region = source.Region });
        }

        if (IsLocal)
        {
            // moto has no CodeBuild webhooks or connections; the rehearsal's administrator may act as the push role.
            variables["create_codebuild"] = "false";
            variables["rehearsal_principals"] = JsonSerializer.Serialize(new[] { $"arn:aws:iam::{Settings.InfrastructureAccountId}:root" });
        }

        return variables;
    }

    private Dictionary<string, string> Common()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["application_name"] = Settings.ApplicationName,
            ["infrastructure_account_id"] = Settings.InfrastructureAccountId,
            ["runtime_account_id"] = Settings.RuntimeAccountId,
            ["region"] = Settings.Target.Region,
        };
        if (isBootstrap)
        {
            variables["environment_name"] = Name;
        }

        if (IsLocal)
        {
            variables["aws_endpoint_url"] = LocalEndpoint;
            variables["aws_max_retries"] = "2";
        }

        return variables;
    }

    private static string Lower(bool value) => value ? "true" : "false";

    private string LocalEndpoint => Settings.Target.ServiceUrl!.ToString().TrimEnd('/');
}

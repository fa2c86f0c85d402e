using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.LocalAws;

namespace Pipeline.Terraform;

/// <summary>
/// Everything a Terraform call for one environment needs: folders, -var values, -backend-config pairs and
/// process environment. A local rehearsal runs the same root as real AWS; only these values differ.
/// </summary>
public sealed partial class TerraformEnvironment
{
    private readonly TerraformEnvironmentSettings settings;

    public TerraformEnvironment(string repositoryRoot, TerraformEnvironmentSettings settings, string? artifactsDirectory = null)
    {
        this.settings = settings;
        Check(AccountIdPattern().IsMatch(settings.InfrastructureAccountId), $"Infrastructure account id '{settings.InfrastructureAccountId}' is not 12 digits. Fix the environment's accounts in pipeline.json.");
        Check(AccountIdPattern().IsMatch(settings.RuntimeAccountId), $"Runtime account id '{settings.RuntimeAccountId}' is not 12 digits. Fix the environment's accounts in pipeline.json.");
        Check(settings.InfrastructureAccountId != settings.RuntimeAccountId, "The infrastructure and runtime accounts must differ: the runtime account is reached only by AssumeRole.");
        Check(ApplicationNamePattern().IsMatch(settings.ApplicationName), $"Application name '{settings.ApplicationName}' must be 2-24 lowercase letters, digits or hyphens, starting with a letter.");

        RepositoryRoot = Path.GetFullPath(repositoryRoot);
        WorkingDirectory = Path.Combine(RepositoryRoot, "infra", "environments", settings.Environment);
        Check(Directory.Exists(WorkingDirectory), $"There is no Terraform root for environment '{settings.Environment}' at {WorkingDirectory}. Use one of: {string.Join(", ", KnownEnvironments(RepositoryRoot))}.");

        ArtifactsDirectory = Path.GetFullPath(artifactsDirectory ?? Path.Combine(RepositoryRoot, "artifacts"));
        CliConfigDirectory = Path.Combine(ArtifactsDirectory, "terraform");
        OutputDirectory = Path.Combine(CliConfigDirectory, settings.Environment);
        DataDirectory = Path.Combine(OutputDirectory, ".terraform");
        PlanFile = Path.Combine(OutputDirectory, settings.Environment + ".tfplan");
        StateBucket = settings.StateBucket ?? $"{settings.ApplicationName}-tfstate-{settings.InfrastructureAccountId}-{settings.Target.Region}";
        Check(StateBucket.Length <= 63, $"State bucket name '{StateBucket}' is longer than 63 characters. Set a shorter state bucket name.");
    }

    public string Name => settings.Environment;

    public bool IsLocal => settings.Target.IsLocal;

    public string RepositoryRoot { get; }

    /// <summary>The root configuration: infra/environments/&lt;environment&gt;.</summary>
    public string WorkingDirectory { get; }

    public string ArtifactsDirectory { get; }

    /// <summary>Where the CLI config (provider mirror) is written: artifacts/terraform.</summary>
    public string CliConfigDirectory { get; }

    /// <summary>artifacts/terraform/&lt;environment&gt;: plan files and the data directory.</summary>
    public string OutputDirectory { get; }

    /// <summary>TF_DATA_DIR, so init writes nothing inside infra/.</summary>
    public string DataDirectory { get; }

    public string PlanFile { get; }

    public string StateBucket { get; }

    public string StateKey => $"{Name}/terraform.tfstate";

    /// <summary>The -var values, by variable name; lists are already in HCL/JSON form.</summary>
    public IReadOnlyDictionary<string, string> Variables
    {
        get
        {
            var variables = new Dictionary<string, string>
            {
                ["application_name"] = settings.ApplicationName,
                ["environment_name"] = Name,
                ["infrastructure_account_id"] = settings.InfrastructureAccountId,
                ["runtime_account_id"] = settings.RuntimeAccountId,
                ["region"] = settings.Target.Region,
            };
            var trusted = settings.TrustedRoleArns.Count > 0 || !IsLocal
                ? settings.TrustedRoleArns
                : [$"arn:aws:iam::{settings.InfrastructureAccountId}:role/{settings.ApplicationName}-{Name}-local-build"];
            if (trusted.Count > 0)
            {
                variables["deploy_trusted_role_arns"] = JsonSerializer.Serialize(trusted);
            }

            AddIfSet(variables, "stack_name_prefix", settings.StackNamePrefix);
            AddIfSet(variables, "repository_url", settings.RepositoryUrl);
            AddIfSet(variables, "runtime_provisioning_role_name", settings.RuntimeProvisioningRoleName);
            if (IsLocal)
            {
                // moto cannot read a pipeline back and enforces Deny statements whatever their condition.
                variables["aws_endpoint_url"] = LocalEndpoint;
                variables["aws_max_retries"] = "2";
                variables["enable_ci"] = "false";
                variables["enforce_bucket_policy_denies"] = "false";
                variables["force_destroy_artifacts"] = "true";
                variables["kms_deletion_window_days"] = "7";
            }

            return variables;
        }
    }

    /// <summary>The -backend-config pairs: the state bucket, and for the emulator its endpoint and skipped AWS-only checks.</summary>
    public IReadOnlyDictionary<string, string> BackendConfig
    {
        get
        {
            var config = new Dictionary<string, string>
            {
                ["bucket"] = StateBucket,
                ["region"] = settings.Target.Region,
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

    /// <summary>Environment for the terraform process. <paramref name="cliConfigFile"/> comes from <see cref="TerraformCliConfig.Write"/>.</summary>
    public IReadOnlyDictionary<string, string?> ProcessEnvironment(string? cliConfigFile)
    {
        var environment = new Dictionary<string, string?>
        {
            ["TF_DATA_DIR"] = DataDirectory,
            ["TF_IN_AUTOMATION"] = "1",
            ["TF_INPUT"] = "0",
            ["AWS_REGION"] = settings.Target.Region,
            ["AWS_DEFAULT_REGION"] = settings.Target.Region,
        };
        if (cliConfigFile is not null)
        {
            environment[TerraformCliConfig.ConfigVariable] = cliConfigFile;
        }

        if (IsLocal)
        {
            // The emulator's documented test keys; the host's own profile must not leak into a rehearsal.
            environment["AWS_ENDPOINT_URL"] = LocalEndpoint;
            environment["AWS_ACCESS_KEY_ID"] = LocalAccounts.AccessKeyId;
            environment["AWS_SECRET_ACCESS_KEY"] = LocalAccounts.SecretAccessKey;
            environment["AWS_SESSION_TOKEN"] = null;
            environment["AWS_PROFILE"] = null;
        }

        return environment;
    }

    /// <summary>Environment names that have a root under infra/environments.</summary>
    public static IReadOnlyList<string> KnownEnvironments(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, "infra", "environments");
        return Directory.Exists(folder)
            ? [.. Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }

    private string LocalEndpoint => settings.Target.ServiceUrl!.ToString().TrimEnd('/');

    private static void AddIfSet(Dictionary<string, string> variables, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            variables[name] = value;
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountIdPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]{1,23}$")]
    private static partial Regex ApplicationNamePattern();
}

using System.Text.RegularExpressions;
using Pipeline.GitFlow;

namespace Pipeline.Configuration;

/// <summary>pipeline.json: the application, the service it ships and its environments. Paths are relative to <see cref="RootDirectory"/>.</summary>
public sealed record PipelineConfig(
    string File,
    string RootDirectory,
    string Application,
    ServiceConfig Service,
    string Template,
    IReadOnlyDictionary<string, EnvironmentConfig> Environments)
{
    public EphemeralConfig? Ephemeral { get; init; }

    /// <summary>HTTPS clone URL of the repository CodeBuild builds.</summary>
    public string Repository { get; init; } = string.Empty;

    public string TemplatePath => FullPath(Template);

    public string FullPath(string relative) => Path.GetFullPath(Path.Combine(RootDirectory, relative));

    public EnvironmentConfig Environment(string name) =>
        Environments.TryGetValue(name, out var environment)
            ? environment
            : throw new PipelineConfigException([new ConfigError(File, $"environments.{name}", $"there is no environment '{name}'.",
                $"Use one of: {string.Join(", ", Environments.Keys)}; or add '{name}' to {Path.GetFileName(File)}.")]);

    /// <summary>The environment a branch deploys to, or null when the branch deploys nowhere.</summary>
    public EnvironmentConfig? EnvironmentForBranch(string branch)
    {
        var name = GitFlowBranches.Normalize(branch);
        return Environments.Values.FirstOrDefault(e => e.Branches.Contains(name, StringComparer.Ordinal));
    }

    /// <summary>A copy of the ephemeral base environment with a stack of the branch's own.</summary>
    public EnvironmentConfig ForEphemeral(string branch)
    {
        var name = GitFlowBranches.Normalize(branch);
        if (Ephemeral is not { } ephemeral)
        {
            throw new PipelineConfigException([new ConfigError(File, "ephemeral", "ephemeral stacks are not configured.",
                "Add \"ephemeral\": { \"basedOn\": \"preprod\", \"branchPattern\": \"feature/*\", \"stackPrefix\": \"<app>-\" }.")]);
        }

        if (!Glob(ephemeral.BranchPattern).IsMatch(name))
        {
            throw new PipelineConfigException([new ConfigError(File, "ephemeral.branchPattern", $"branch '{name}' does not match '{ephemeral.BranchPattern}'.",
                $"Check out a branch matching '{ephemeral.BranchPattern}' or pass --branch=<such a branch>; '{name}' deploys through its own target " +
                "(DeployPreprod or DeployProd), not as an ephemeral stack.")]);
        }

        var basedOn = Environment(ephemeral.BasedOn);
        var stack = EphemeralStackName.For(ephemeral.StackPrefix, name, Environments.Values.Select(e => e.StackName));
        return basedOn with
        {
            Name = stack,
            Branch = name,
            AlsoBranches = [],
            StackName = stack,
            RequireConfirmation = false,
            // Developers deploy their own stacks through the role infra/modules/runtime-access makes for them.
            DeployRoleArn = ephemeral.DeveloperRoleArns.Count == 0 ? basedOn.DeployRoleArn
                : Pipeline.Terraform.TerraformEnvironment.EphemeralRole(basedOn.RuntimeAccount, Application, basedOn.Name),
        };
    }

    public PipelineConfig ForLocalEmulator() => this with
    {
        Environments = Environments.ToDictionary(pair => pair.Key, pair => pair.Value.ForLocalEmulator(), StringComparer.Ordinal),
    };

    internal static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$");
}

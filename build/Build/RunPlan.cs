using Pipeline.Configuration;
using Pipeline.GitFlow;

namespace Build;

/// <summary>
/// What this run does, decided once before any task and before any AWS call: the pipeline target, the
/// environment it acts on, and which AWS stages run. Tasks read it in ShouldRun instead of re-deciding.
/// </summary>
public sealed record RunPlan(string CakeTarget, PipelineTarget? Target, TargetDecision? Decision, EnvironmentConfig? Environment, AwsMode Aws)
{
    public bool Deploys => Target is PipelineTarget.DeployPreprod or PipelineTarget.DeployProd or PipelineTarget.DeployEphemeral;

    /// <summary>Ephemeral stacks share their base environment's infrastructure, so they only read its outputs.</summary>
    public bool AppliesInfrastructure => Target is PipelineTarget.DeployPreprod or PipelineTarget.DeployProd;

    public bool DestroysStack => Target is PipelineTarget.DestroyEphemeral or PipelineTarget.DestroyEnvironment;

    public bool DestroysInfrastructure => Target is PipelineTarget.DestroyEnvironment;

    public bool RollsBack => Target is PipelineTarget.Rollback;

    public bool NeedsAws => Deploys || DestroysStack || RollsBack;

    public bool IsRehearsal => CakeTarget == "Default" && Aws == AwsMode.Local;

    public static RunPlan Decide(string cakeTarget, BuildOptions options, PipelineConfig config, GitFlowInput input, GitFlowPolicy policy)
    {
        var requested = Requested(cakeTarget, options, input, policy);
        if (requested is null)
        {
            return new RunPlan(cakeTarget, null, null, null, options.Aws);
        }

        var environment = EnvironmentFor(requested.Value, options, config, input);
        var decision = policy.Authorize(input, new TargetRequest(
            requested.Value, options.Aws == AwsMode.Real, options.Confirm, environment?.NeedsConfirmation ?? false));
        decision.ThrowIfRefused();
        return new RunPlan(cakeTarget, requested, decision, environment, options.Aws);
    }

    private static PipelineTarget? Requested(string cakeTarget, BuildOptions options, GitFlowInput input, GitFlowPolicy policy) =>
        cakeTarget switch
        {
            "Ci" => policy.Choose(input).Target,
            "Default" when options.Aws == AwsMode.Real => throw new InvalidOperationException(
                "The Default target rehearses the pipeline against the local emulator only. " +
                "With --aws=real name what you want: --target=PullRequest, --target=DeployPreprod or --target=DeployProd."),
            "Default" => PipelineTarget.DeployPreprod,
            "Graph" => null,
            _ when Enum.TryParse<PipelineTarget>(cakeTarget, out var target) => target,
            _ => PipelineTarget.PullRequest,
        };

    private static EnvironmentConfig? EnvironmentFor(PipelineTarget target, BuildOptions options, PipelineConfig config, GitFlowInput input) =>
        target switch
        {
            PipelineTarget.DeployPreprod => ByBranch(config, GitFlowBranches.Develop),
            PipelineTarget.DeployProd => ByBranch(config, GitFlowBranches.Master),
            PipelineTarget.DeployEphemeral or PipelineTarget.DestroyEphemeral => config.ForEphemeral(options.Branch ?? input.Branch),
            PipelineTarget.Rollback => config.Environment(options.Environment ?? throw new InvalidOperationException(
                $"Rollback needs the environment whose alias moves back: add --env=NAME (one of: {string.Join(", ", config.Environments.Keys)}).")),
            PipelineTarget.DestroyEnvironment => config.Environment(options.Environment ?? throw new InvalidOperationException(
                $"DestroyEnvironment needs the environment to tear down: add --env=NAME (one of: {string.Join(", ", config.Environments.Keys)}).")),
            _ => null,
        };

    private static EnvironmentConfig ByBranch(PipelineConfig config, string branch) =>
        config.EnvironmentForBranch(branch) ?? throw new PipelineConfigException([new ConfigError(
            config.File, "environments", $"no environment deploys from '{branch}'.", $"Add an environment with \"branch\": \"{branch}\".")]);
}

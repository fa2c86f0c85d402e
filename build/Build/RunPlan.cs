using Build.Graph;
using Build.Tasks.Targets;
using Pipeline.Configuration;
using Pipeline.GitFlow;

namespace Build;

/// <summary>
/// What this run acts on, decided once before any task and any AWS call: the policy's decision for the target and the
/// environment it deploys or destroys. Which tasks run is the target's own dependency list, not this record.
/// </summary>
public sealed record RunPlan(Type TargetTask, PipelineTarget? Target, TargetDecision? Decision, EnvironmentConfig? Environment)
{
    public string TargetName => TargetCatalog.NameOf(TargetTask);

    public static RunPlan Decide(Type target, BuildOptions options, PipelineConfig config, GitFlowInput input, GitFlowPolicy policy)
    {
        if (target == typeof(Default) && options.Aws == AwsMode.Real)
        {
            throw new InvalidOperationException("The Default target rehearses the pipeline against the local emulator only. " +
                "With --aws=real name what you want: --target=PullRequest, --target=DeployPreprod or --target=DeployProd.");
        }

        if (TargetCatalog.Acts(target) is not { } acts)
        {
            return new RunPlan(target, null, null, null);
        }

        var environment = EnvironmentFor(acts, options, config, input);
        var decision = policy.Authorize(input, new TargetRequest(
            acts, options.Aws == AwsMode.Real, options.Confirm, environment?.NeedsConfirmation ?? false));
        decision.ThrowIfRefused();
        return new RunPlan(target, acts, decision, environment);
    }

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

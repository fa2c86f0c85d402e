using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Configuration;
using Pipeline.GitFlow;
using Pipeline.Processes;
using Pipeline.Versioning;

namespace Build;

/// <summary>
/// Runs once around the tasks. Setup checks every input and decides the plan before any AWS call, so bad
/// input fails in seconds with every problem listed; Teardown stops the local emulator.
/// </summary>
public sealed class BuildLifetime : FrostingLifetime<BuildContext>
{
    public override void Setup(BuildContext context, ISetupContext info)
    {
        if (context.OptionErrors.Count > 0)
        {
            throw new CakeException(string.Join(Environment.NewLine, context.OptionErrors));
        }

        var loaded = PipelineConfigLoader.Load(Path.Combine(context.Paths.Root, context.Options.ConfigFile));
        if (!loaded.IsValid)
        {
            throw new CakeException($"{loaded.Errors.Count} problem(s) in the pipeline configuration:{Environment.NewLine}" +
                string.Join(Environment.NewLine, loaded.Errors.Select(e => "  " + e)));
        }

        Preflight.RequireWritable(context.Paths.Artifacts);
        var config = loaded.Config!;
        context.Config = context.Options.Aws == AwsMode.Local ? config.ForLocalEmulator() : config;
        context.Git = new GitInfoReader(new ProcessRunner()).ReadAsync(context.Paths.Root).GetAwaiter().GetResult();
        context.Input = context.CodeBuild.ToGitFlowInput(context.Options.Branch ?? context.Git.Branch);
        context.Version = new VersionCalculator().Calculate(context.Git, context.Input, context.CodeBuild.Environment.BuildNumber);
        foreach (var warning in context.Git.Warnings.Concat(context.Version.Warnings).Distinct())
        {
            context.Warning(warning);
        }

        context.Plan = RunPlan.Decide(info.TargetTask.Name, context.Options, context.Config, context.Input, new GitFlowPolicy());
        var tasks = info.TasksToExecute.Select(task => task.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Preflight.RequireTools(context, tasks);
        if (tasks.Contains(nameof(Tasks.Aws.SignIn)) && context.Plan.NeedsAws && context.Options.Aws == AwsMode.Real)
        {
            Preflight.RequireCredentials(context);
        }

        context.Information($"{context.Input}; version {context.Version.SemVer}; AWS: {Describe(context)}");
        if (context.Plan.Decision is { } decision)
        {
            context.Information($"Plan: {decision}");
        }
    }

    public override void Teardown(BuildContext context, ITeardownContext info)
    {
        // Still set only when the run failed between StartTerraform and TerraformApply.
        context.TerraformInBackground?.Abandon(System.Console.WriteLine, message => context.Warning(message));
        if (context.LocalAws is null)
        {
            return;
        }

        if (context.Options.KeepLocalAws)
        {
            context.Information($"Local AWS left running at {context.LocalAws.Endpoint} (--keep-local-aws). Stop it with: pkill -f moto_server");
            return;
        }

        context.LocalAws.Dispose();
        context.Information("Local AWS emulator stopped.");
    }

    private static string Describe(BuildContext context) => context.Options.Aws == AwsMode.Local
        ? "local emulator (moto)"
        : $"real accounts{(context.Options.Profile is { } profile ? $" (profile {profile})" : string.Empty)}";
}

using Cake.Common.Diagnostics;
using Cake.Core;
using Build.Graph;
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

        context.RunPlan = RunPlan.Decide(context.Request.Target, context.Options, context.Config, context.Input, new GitFlowPolicy());
        var tasks = info.TasksToExecute.Select(task => TargetCatalog.Find(task.Name)).OfType<Type>().ToHashSet();
        RequireTools(context, tasks);
        // A dry run never resolves credentials: a credential process or SSO login could prompt or call AWS.
        if (!context.DryRun && tasks.Contains(typeof(Tasks.Aws.SignIn)) && context.Options.Aws == AwsMode.Real)
        {
            Preflight.RequireCredentials(context);
        }

        context.Information($"{context.Input}; version {context.Version.SemVer}; AWS: {Describe(context)}");
        if (context.RunPlan.Decision is { } decision)
        {
            context.Information($"Plan: {decision}{(context.RunPlan.Environment is { } environment ? $" Environment: {environment}." : string.Empty)}");
        }

        if (Switches(context.Options) is { Length: > 0 } switches)
        {
            context.Information($"Switches: {switches}");
        }

        if (context.DryRun)
        {
            context.Information($"Dry run of --target={context.RunPlan.TargetName}: tasks are listed in order, skipped ones with the reason; nothing runs and AWS is not called.");
        }
    }

    public override void Teardown(BuildContext context, ITeardownContext info)
    {
        // Still set only when the run failed between StartTerraform and TerraformApply.
        context.Terraform.Background?.Abandon(System.Console.WriteLine, message => context.Warning(message));
        context.Checks.Settle();
        if (context.Aws.Emulator is { } moto)
        {
            if (context.Options.KeepLocalAws)
            {
                var kept = moto.Detach();
                kept.Write(context.Paths.LocalAws);
                context.Information($"Local AWS left running at {kept.Endpoint} (moto_server, pid {kept.ProcessId}); later local runs reuse it. " +
                    "Stop it with: ./build.sh --target=StopLocalAws");
                return;
            }

            moto.Dispose();
            context.Information("Local AWS emulator stopped.");
        }
        else if (context.Aws.KeptEmulator is { } kept)
        {
            context.Information($"The kept local AWS at {kept.Endpoint} (pid {kept.ProcessId}) is still running. Stop it with: ./build.sh --target=StopLocalAws");
        }
    }

    private static void RequireTools(BuildContext context, IReadOnlySet<Type> tasks)
    {
        try
        {
            Preflight.RequireTools(context, tasks);
        }
        catch (CakeException e) when (context.DryRun)
        {
            context.Warning($"A real run would stop here: {e.Message}");
        }
    }

    private static string Switches(BuildOptions options) => string.Join(", ", new[]
    {
        options.Confirm ? "--confirm (a protected environment may be changed)" : null,
        options.KeepLocalAws ? "--keep-local-aws (the emulator stays running after the run)" : null,
        options.StopOnDrift ? "--stop-on-drift (drift stops the deploy)" : null,
    }.OfType<string>());

    private static string Describe(BuildContext context) => context.Options.Aws == AwsMode.Local
        ? "local emulator (moto)"
        : $"real accounts{(context.Options.Profile is { } profile ? $" (profile {profile})" : string.Empty)}";
}

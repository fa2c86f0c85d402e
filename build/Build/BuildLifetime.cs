using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline;
using Pipeline.Aws;
using Pipeline.Configuration;
using Pipeline.GitFlow;
using Pipeline.LocalAws;
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

        RequireWritable(context.Paths.Artifacts);
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
        RequireTools(context, tasks);
        if (tasks.Contains(nameof(Tasks.Aws.SignIn)) && context.Plan.NeedsAws && context.Options.Aws == AwsMode.Real)
        {
            RequireCredentials(context);
        }

        context.Information($"{context.Input}; version {context.Version.SemVer}; AWS: {Describe(context)}");
        if (context.Plan.Decision is { } decision)
        {
            context.Information($"Plan: {decision}");
        }
    }

    public override void Teardown(BuildContext context, ITeardownContext info)
    {
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

    private static void RequireWritable(string folder)
    {
        if (File.Exists(folder))
        {
            throw new CakeException($"The build writes everything under {folder}, but that is a file, not a folder. Move or delete the file, then run again.");
        }

        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CakeException($"The build writes everything under {folder}, but cannot write there ({e.Message}). " +
                "Make the folder writable (chmod u+w, or chattr -i if it is immutable), then run again.");
        }
    }

    // Checked before the first task, so a missing tool fails in seconds instead of after the build and tests.
    private static void RequireTools(BuildContext context, IReadOnlySet<string> tasks)
    {
        var missing = new List<string>();
        void Need(string tool, bool needed, string why, string fix)
        {
            if (needed && ExecutableLocator.Find(tool) is null)
            {
                missing.Add($"  '{tool}' is not on PATH, but {why}. {fix}");
            }
        }

        var terraformTasks = tasks.Where(task => task.StartsWith("Terraform", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Need("terraform", terraformTasks.Count > 0, $"this run needs it for {string.Join(", ", terraformTasks)}",
            "Install Terraform (https://developer.hashicorp.com/terraform/install) and put it on PATH.");
        Need(MotoServer.Executable, tasks.Contains(nameof(Tasks.Aws.StartLocalAws)) && context.Plan.NeedsAws && context.Options.Aws == AwsMode.Local
            && context.Options.LocalAwsEndpoint is null, "--aws=local starts it as the local AWS emulator",
            "Install it (pip install 'moto[server]'), pass --local-aws-endpoint=<url of a running moto>, or use --aws=real.");
        Need("cfn-lint", tasks.Contains(nameof(Tasks.Validate.LintTemplate)), "LintTemplate runs it on the CloudFormation template",
            "Install it (pip install cfn-lint) and put it on PATH.");
        if (missing.Count > 0)
        {
            throw new CakeException($"{missing.Count} tool(s) missing for --target={context.Plan.CakeTarget}:{Environment.NewLine}" +
                string.Join(Environment.NewLine, missing));
        }
    }

    // Resolving reads the environment, profile files, caches and credential processes; no AWS API is called here.
    private static void RequireCredentials(BuildContext context)
    {
        try
        {
            var credentials = new CredentialSource().Resolve(context.Options.Profile);
            CredentialSource.EnsureUsableAsync(credentials).GetAwaiter().GetResult();
        }
        catch (AwsCredentialsException e)
        {
            var account = context.Plan.Environment is { } environment
                ? $" {environment.InfrastructureAccount} ({context.Config.File}: infrastructureAccount of {environment.Name})"
                : string.Empty;
            throw new CakeException($"--target={context.Plan.CakeTarget} with --aws=real needs credentials for the infrastructure account{account}; " +
                $"checked before any AWS call: {e.Message}");
        }
    }

    private static string Describe(BuildContext context) => context.Options.Aws == AwsMode.Local
        ? "local emulator (moto)"
        : $"real accounts{(context.Options.Profile is { } profile ? $" (profile {profile})" : string.Empty)}";
}

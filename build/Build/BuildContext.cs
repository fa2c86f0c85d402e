using Build.Console;
using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.CodeBuild;
using Pipeline.Configuration;
using Pipeline.GitFlow;
using Pipeline.Versioning;

namespace Build;

/// <summary>
/// The typed state of one run, in groups: what the command line asked (Program), what Setup decides once (the
/// configuration, git facts, version and run plan), and what the tasks fill in as they go: <see cref="Aws"/>,
/// <see cref="Terraform"/> and <see cref="Delivery"/>. A value read before it is set names the task that sets it.
/// </summary>
public sealed class BuildContext : FrostingContext
{
    private const string Setup = "the build's Setup";
    private readonly Slot<PipelineConfig> config = new("The pipeline configuration", Setup);
    private readonly Slot<GitInfo> git = new("The git facts", Setup);
    private readonly Slot<GitFlowInput> input = new("The GitFlow event", Setup);
    private readonly Slot<BuildVersion> version = new("The version", Setup);
    private readonly Slot<RunPlan> runPlan = new("The run plan", Setup);

    public BuildContext(ICakeContext context, RunRequest request)
        : base(context)
    {
        Paths = new BuildPaths(context.Environment.WorkingDirectory.FullPath);
        CodeBuild = CodeBuildProvider.FromProcess();
        Request = request;
    }

    public BuildPaths Paths { get; }

    /// <summary>The command line, read by Program before the host started.</summary>
    public RunRequest Request { get; }

    public BuildOptions Options => Request.Options;

    /// <summary>--dryrun: Setup decides the plan and tasks say whether they would run, but nothing runs and AWS is never called.</summary>
    public bool DryRun => Request.DryRun;

    public CodeBuildProvider CodeBuild { get; }

    public PipelineConfig Config { get => config.Value; set => config.Value = value; }

    public GitInfo Git { get => git.Value; set => git.Value = value; }

    /// <summary>The event the GitFlow policy judges: CodeBuild's webhook, or a manual run on the checked-out branch.</summary>
    public GitFlowInput Input { get => input.Value; set => input.Value = value; }

    public BuildVersion Version { get => version.Value; set => version.Value = value; }

    /// <summary>What this run acts on (the policy's decision and the environment); not Terraform's plan.</summary>
    public RunPlan RunPlan { get => runPlan.Value; set => runPlan.Value = value; }

    public string BuildId => CodeBuild.Environment.BuildId ?? $"local-{Git.ShortSha}";

    /// <summary>The environment this run deploys or destroys, as configured; only deploy and destroy targets have one.</summary>
    public EnvironmentConfig TargetEnvironment => RunPlan.Environment ?? throw new InvalidOperationException(
        $"Target '{RunPlan.TargetName}' acts on no environment.");

    public AwsAccess Aws { get; } = new();

    public TerraformState Terraform { get; } = new();

    public Delivery Delivery { get; } = new();

    /// <summary>The checks StartChecks runs in the background; their tasks wait for them.</summary>
    public ChecksInBackground Checks { get; } = new();

    public System.Diagnostics.Stopwatch Clock { get; } = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>For ShouldRun: logs why <paramref name="task"/> is skipped (a dry run shows it too) and returns false.</summary>
    public bool Skip(string task, string reason)
    {
        this.Information($"Skipping {task}: {reason}");
        return false;
    }
}

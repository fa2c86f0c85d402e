using Build.Console;
using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.CodeBuild;
using Pipeline.Configuration;
using Pipeline.Deploy;
using Pipeline.GitFlow;
using Pipeline.LocalAws;
using Pipeline.Packaging;
using Pipeline.Terraform;
using Pipeline.Versioning;

namespace Build;

/// <summary>
/// The typed state of one run. Options and paths are read when the context is made; the lifetime fills the
/// configuration, git facts, version and plan once; AWS stages fill in what later stages consume.
/// </summary>
public sealed class BuildContext : FrostingContext
{
    private RunPlan? plan;
    private PipelineConfig? config;
    private GitInfo? git;
    private BuildVersion? version;

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

    public PipelineConfig Config { get => Filled(config); set => config = value; }

    public GitInfo Git { get => Filled(git); set => git = value; }

    public BuildVersion Version { get => Filled(version); set => version = value; }

    public RunPlan Plan { get => Filled(plan); set => plan = value; }

    public GitFlowInput? Input { get; set; }

    public string BuildId => CodeBuild.Environment.BuildId ?? $"local-{Git.ShortSha}";

    /// <summary>The environment this run acts on; only deploy and destroy targets have one.</summary>
    public EnvironmentConfig DeployEnvironment => Plan.Environment ?? throw new InvalidOperationException(
        $"Target '{Plan.TargetName}' acts on no environment.");

    public MotoServer? LocalAws { get; set; }

    /// <summary>An emulator an earlier run kept (--keep-local-aws) that this run reuses and leaves running.</summary>
    public KeptEmulator? KeptLocalAws { get; set; }

    public AwsTarget? AwsTarget { get; set; }

    public AwsSession? Aws { get; set; }

    public AssumedRole? Runtime { get; set; }

    public string? TerraformCliConfig { get; set; }

    public TerraformEnvironment? Terraform { get; set; }

    /// <summary>Terraform's plan (and additive apply) running beside the build; TerraformApply waits for it.</summary>
    public TerraformInBackground? TerraformInBackground { get; set; }

    public DeploymentTarget? Deployment { get; set; }

    public PackageManifest? Package { get; set; }

    public UploadResult? Upload { get; set; }

    /// <summary>A package that passed an earlier environment for this commit, to deploy instead of this build's.</summary>
    public Promotion? Promotion { get; set; }

    /// <summary>The package this run deploys: its own build, or the promoted one.</summary>
    public PackageManifest? Shipped { get; set; }

    public StackDeployOutcome? Deploy { get; set; }

    public System.Diagnostics.Stopwatch Clock { get; } = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>For ShouldRun: logs why <paramref name="task"/> is skipped (a dry run shows it too) and returns false.</summary>
    public bool Skip(string task, string reason)
    {
        this.Information($"Skipping {task}: {reason}");
        return false;
    }

    private static T Filled<T>(T? value)
        where T : class =>
        value ?? throw new InvalidOperationException("The build lifetime has not set this up yet (was the run a --dryrun?).");
}

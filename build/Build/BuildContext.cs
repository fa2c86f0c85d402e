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

    public BuildContext(ICakeContext context)
        : base(context)
    {
        Paths = new BuildPaths(context.Environment.WorkingDirectory.FullPath);
        CodeBuild = CodeBuildProvider.FromProcess();
        (Options, OptionErrors) = BuildOptions.Parse(
            name => context.Arguments.HasArgument(name) ? context.Arguments.GetArgument(name) : null,
            CodeBuild.IsRunningOnCodeBuild);
    }

    public BuildPaths Paths { get; }

    public BuildOptions Options { get; }

    public IReadOnlyList<string> OptionErrors { get; }

    public CodeBuildProvider CodeBuild { get; }

    public PipelineConfig Config { get => Filled(config); set => config = value; }

    public GitInfo Git { get => Filled(git); set => git = value; }

    public BuildVersion Version { get => Filled(version); set => version = value; }

    public RunPlan Plan { get => Filled(plan); set => plan = value; }

    public GitFlowInput? Input { get; set; }

    public string BuildId => CodeBuild.Environment.BuildId ?? $"local-{Git.ShortSha}";

    /// <summary>The environment this run acts on; only deploy and destroy targets have one.</summary>
    public EnvironmentConfig DeployEnvironment => Plan.Environment ?? throw new InvalidOperationException(
        $"Target '{Plan.CakeTarget}' acts on no environment.");

    public MotoServer? LocalAws { get; set; }

    public AwsTarget? AwsTarget { get; set; }

    public AwsSession? Aws { get; set; }

    public AssumedRole? Runtime { get; set; }

    public string? TerraformCliConfig { get; set; }

    /// <summary>Set by Bootstrap while it runs Terraform as the administrator; null otherwise.</summary>
    public Amazon.Runtime.ImmutableCredentials? TerraformCredentials { get; set; }

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

    private static T Filled<T>(T? value)
        where T : class =>
        value ?? throw new InvalidOperationException("The build lifetime has not set this up yet (was the run a --dryrun?).");
}

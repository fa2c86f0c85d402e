using Pipeline.Artifacts;
using Pipeline.Configuration;
using Pipeline.Deploy;
using Pipeline.Packaging;

namespace Build;

/// <summary>What this run delivers, in the order the tasks fill it: where to, which package, where it is stored, what the deploy did.</summary>
public sealed class Delivery
{
    private readonly Slot<DeploymentTarget> target = new("The deployment target", "the ReadTerraformOutputs task");
    private readonly Slot<PackageManifest> built = new("This build's package", "the Package task");
    private readonly Slot<PackageManifest> shipped = new("The package to deploy", "the UploadArtifact task");
    private readonly Slot<UploadResult> stored = new("The stored artifact", "the UploadArtifact task");
    private readonly Slot<StackDeployOutcome> outcome = new("The deploy's outcome", "the DeployStack task");

    /// <summary>The environment's resolved bucket, key, roles and stack (configuration plus Terraform outputs).</summary>
    public DeploymentTarget Target { get => target.Value; set => target.Value = value; }

    /// <summary>The package this run built.</summary>
    public PackageManifest Built { get => built.Value; set => built.Value = value; }

    /// <summary>A package that passed an earlier environment for this commit, to deploy instead of this build's (FindPromotableArtifact).</summary>
    public Promotion? Promotion { get; set; }

    /// <summary>The package this run deploys: its own build, or the promoted one.</summary>
    public PackageManifest Shipped { get => shipped.Value; set => shipped.Value = value; }

    /// <summary>Where the shipped package is stored in the artifact bucket, and what storing it cost.</summary>
    public UploadResult Stored { get => stored.Value; set => stored.Value = value; }

    public StackDeployOutcome Outcome { get => outcome.Value; set => outcome.Value = value; }
}

namespace Pipeline;

/// <summary>The one description of what the build writes under artifacts/ (BuildPaths and the plain classes read it).</summary>
public sealed class ArtifactsLayout
{
    public ArtifactsLayout(string repositoryRoot) => Root = Path.GetFullPath(Path.Combine(repositoryRoot, "artifacts"));

    private ArtifactsLayout()
    {
    }

    /// <summary>The same layout under another folder (a test's or a tool's scratch space).</summary>
    public static ArtifactsLayout At(string artifactsRoot) => new() { Root = Path.GetFullPath(artifactsRoot) };

    public string Root { get; private init; } = string.Empty;

    public string TestResults => Path.Combine(Root, "test-results");

    public string Coverage => Path.Combine(Root, "coverage");

    public string Publish(string project) => Path.Combine(Root, "publish", project);

    /// <summary>The service's obj/ and bin/ (dotnet --artifacts-path), kept warm between runs.</summary>
    public string Dotnet => Path.Combine(Root, "dotnet");

    public string Package => Path.Combine(Root, "package");

    public string PackageManifest => Path.Combine(Package, "manifest.json");

    public string Deploy => Path.Combine(Root, "deploy");

    public string DeployRecord(string environment) => Path.Combine(Deploy, environment + ".json");

    public string Terraform => Path.Combine(Root, "terraform");

    public string Lint => Path.Combine(Root, "lint");

    /// <summary>The compiled build host (build.sh and build.ps1 name it too).</summary>
    public string BuildHost => Path.Combine(Root, "build-host");

    /// <summary>A kept emulator's record and moto's log.</summary>
    public string LocalAws => Path.Combine(Root, "local-aws");

    /// <summary>Each check's inputs when it last passed (Pipeline.Incremental.GreenRuns).</summary>
    public string Green => Path.Combine(Root, "green");

    /// <summary>Caches and live state that Clean keeps: everything else here is a run's output.</summary>
    public IReadOnlyList<string> Kept => [BuildHost, Dotnet, Terraform, LocalAws, Green];
}

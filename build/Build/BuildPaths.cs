namespace Build;

/// <summary>Every place the build reads or writes. All outputs live under artifacts/.</summary>
public sealed class BuildPaths(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Artifacts => Path.Combine(Root, "artifacts");

    public string TestResults => Path.Combine(Artifacts, "test-results");

    public string Coverage => Path.Combine(Artifacts, "coverage");

    public string Package => Path.Combine(Artifacts, "package");

    public string Deploy => Path.Combine(Artifacts, "deploy");

    public string Terraform => Path.Combine(Artifacts, "terraform");

    public string Lint => Path.Combine(Artifacts, "lint");

    /// <summary>A kept emulator's record and moto's log; Clean leaves it alone so a kept emulator is still found.</summary>
    public string LocalAws => Path.Combine(Artifacts, "local-aws");

    /// <summary>Where build.sh keeps the compiled build host (build.sh and build.ps1 name it too).</summary>
    public string BuildHost => Path.Combine(Artifacts, "build-host");

    /// <summary>The service's obj/ and bin/ (dotnet --artifacts-path), kept warm between runs.</summary>
    public string DotnetArtifacts => Path.Combine(Artifacts, "dotnet");

    /// <summary>Caches and live state under artifacts/ that Clean keeps: everything else there is a run's output.</summary>
    public IReadOnlyList<string> Kept => [BuildHost, DotnetArtifacts, Terraform, LocalAws];

    /// <summary>The record DeployStack writes for an environment.</summary>
    public string DeployRecord(string environment) => Path.Combine(Deploy, environment + ".json");

    public string Infra => Path.Combine(Root, "infra");

    public string Solution => Path.Combine(Root, "Pipeline.slnx");

    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "pipeline.json")) && File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}

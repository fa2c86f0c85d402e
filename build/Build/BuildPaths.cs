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

    /// <summary>Where build.sh keeps the compiled build host; Clean leaves it alone.</summary>
    public string BuildHost => Path.Combine(Artifacts, "build-host");

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

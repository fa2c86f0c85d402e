using Pipeline;

namespace Build;

/// <summary>Every place the build reads or writes. All outputs live under artifacts/, laid out by <see cref="ArtifactsLayout"/>.</summary>
public sealed class BuildPaths(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public ArtifactsLayout Layout { get; } = new(root);

    public string Artifacts => Layout.Root;

    public string TestResults => Layout.TestResults;

    public string Coverage => Layout.Coverage;

    public string Package => Layout.Package;

    public string Deploy => Layout.Deploy;

    public string Terraform => Layout.Terraform;

    public string Lint => Layout.Lint;

    public string BuildHost => Layout.BuildHost;

    public string DotnetArtifacts => Layout.Dotnet;

    public string LocalAws => Layout.LocalAws;

    public IReadOnlyList<string> Kept => Layout.Kept;

    public string DeployRecord(string environment) => Layout.DeployRecord(environment);

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

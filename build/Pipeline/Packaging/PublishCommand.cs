using Pipeline.Processes;

namespace Pipeline.Packaging;

/// <summary>
/// The <c>dotnet publish</c> call for a framework-dependent linux-x64 Lambda package. Two clones of one commit in
/// different folders publish byte-identical assemblies: the compile is deterministic, CI mode turns on
/// deterministic source paths, the clone's root is mapped to /_/ (so it holds even without .git), and the
/// informational version is exactly the one given (the SDK would otherwise append the full git hash).
/// </summary>
public sealed record PublishCommand(string RepositoryRoot, string ProjectPath, string Version, string Commit)
{
    public string Configuration { get; init; } = "Release";

    public string Runtime { get; init; } = "linux-x64";

    public string ProjectName => Path.GetFileNameWithoutExtension(ProjectPath);

    public string Root => Path.TrimEndingDirectorySeparator(Path.GetFullPath(RepositoryRoot));

    public string OutputDirectory => new ArtifactsLayout(Root).Publish(ProjectName);

    /// <summary>obj/ and bin/ go here, inside the mapped root, so intermediate paths are mapped too.</summary>
    public string BuildDirectory => new ArtifactsLayout(Root).Dotnet;

    /// <summary>e.g. 1.4.0-alpha.12+abc1234: what the service reports from AssemblyInformationalVersion.</summary>
    public string InformationalVersion => string.IsNullOrWhiteSpace(Commit) ? Version : $"{Version}+{Commit}";

    public IReadOnlyList<string> Arguments()
    {
        Check();
        var project = Path.IsPathRooted(ProjectPath) ? ProjectPath : Path.Combine(Root, ProjectPath);
        return
        [
            "publish", project,
            "--configuration", Configuration,
            "--runtime", Runtime,
            "--self-contained", "false",
            "--output", OutputDirectory,
            "--artifacts-path", BuildDirectory,
            "--nologo",
            "-nodeReuse:false",
            "-p:ContinuousIntegrationBuild=true",
            "-p:Deterministic=true",
            $"-p:PathMap={Root}{Path.DirectorySeparatorChar}=/_/",
            $"-p:Version={Version}",
            $"-p:InformationalVersion={InformationalVersion}",
            "-p:IncludeSourceRevisionInInformationalVersion=false",
            "-p:GenerateDocumentationFile=false",
            "-p:DebugType=embedded",
            "-p:SatelliteResourceLanguages=en",
        ];
    }

    public ProcessSpec ToProcessSpec(TimeSpan timeout) => new("dotnet", Arguments())
    {
        WorkingDirectory = Root,
        Timeout = timeout,
        Environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        },
    };

    private void Check()
    {
        if (string.IsNullOrWhiteSpace(Version) || Version.Contains('+', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Version '{Version}' must be a SemVer without build metadata (e.g. 1.4.0-alpha.12); pass the commit separately.");
        }

        // MSBuild splits PathMap on ',' and '=' and properties on ';': such a folder cannot be mapped.
        if (Root.IndexOfAny([',', '=', ';']) >= 0)
        {
            throw new ArgumentException($"The repository folder '{Root}' contains ',', '=' or ';', which breaks -p:PathMap. Clone it into a plainer folder.");
        }
    }
}

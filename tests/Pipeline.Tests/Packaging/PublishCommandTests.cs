using Pipeline.Packaging;

namespace Pipeline.Tests.Packaging;

public class PublishCommandTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "clone");

    private static readonly PublishCommand Command = new(Root, "src/Service/Service.csproj", "1.4.0-alpha.12", "abc1234");

    [Test]
    public void Renders_a_deterministic_framework_dependent_linux_publish()
    {
        var s = Path.DirectorySeparatorChar;
        Assert.That(Command.Arguments(), Is.EqualTo(new[]
        {
            "publish", Path.Combine(Root, "src/Service/Service.csproj"),
            "--configuration", "Release",
            "--runtime", "linux-x64",
            "--self-contained", "false",
            "--output", Path.Combine(Root, "artifacts", "publish", "Service"),
            "--artifacts-path", Path.Combine(Root, "artifacts", "dotnet"),
            "--nologo",
            "-nodeReuse:false",
            "-p:ContinuousIntegrationBuild=true",
            "-p:Deterministic=true",
            $"-p:PathMap={Root}{s}=/_/",
            "-p:Version=1.4.0-alpha.12",
            "-p:InformationalVersion=1.4.0-alpha.12+abc1234",
            "-p:IncludeSourceRevisionInInformationalVersion=false",
            "-p:GenerateDocumentationFile=false",
            "-p:DebugType=embedded",
            "-p:SatelliteResourceLanguages=en",
        }));
    }

    [Test]
    public void Trailing_separator_on_the_root_does_not_change_the_path_map()
    {
        var withSlash = Command with { RepositoryRoot = Root + Path.DirectorySeparatorChar };

        Assert.That(withSlash.Arguments(), Is.EqualTo(Command.Arguments()));
    }

    [Test]
    public void No_commit_means_the_version_alone()
    {
        Assert.That((Command with { Commit = "" }).InformationalVersion, Is.EqualTo("1.4.0-alpha.12"));
    }

    [Test]
    public void Process_spec_runs_dotnet_in_the_root_without_telemetry()
    {
        var spec = Command.ToProcessSpec(TimeSpan.FromMinutes(3));

        Assert.That(spec.FileName, Is.EqualTo("dotnet"));
        Assert.That(spec.WorkingDirectory, Is.EqualTo(Root));
        Assert.That(spec.Timeout, Is.EqualTo(TimeSpan.FromMinutes(3)));
        Assert.That(spec.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"], Is.EqualTo("1"));
    }

    [Test]
    public void Version_with_build_metadata_is_refused()
    {
        Assert.That(() => (Command with { Version = "1.4.0+abc" }).Arguments(),
            Throws.ArgumentException.With.Message.Contains("pass the commit separately"));
    }

    [Test]
    public void Root_that_breaks_the_path_map_is_refused()
    {
        Assert.That(() => (Command with { RepositoryRoot = Path.Combine(Path.GetTempPath(), "a,b") }).Arguments(),
            Throws.ArgumentException.With.Message.Contains("PathMap"));
    }
}

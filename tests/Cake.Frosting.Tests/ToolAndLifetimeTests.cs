using Cake.Frosting.Tests.Scenarios;
using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests;

public sealed class ToolAndLifetimeTests
{
    private string tools = string.Empty;

    [SetUp]
    public void SetUp() => tools = Path.Combine(Path.GetTempPath(), "frosting-tools-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(tools))
        {
            Directory.Delete(tools, recursive: true);
        }
    }

    [Test]
    public void SetupTeardownAndTaskHooksRunFromTheirOwnClasses()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks)
            .UseSetup<RecordingSetup>()
            .UseTeardown<RecordingTeardown>()
            .UseTaskSetup<RecordingTaskSetup>()
            .UseTaskTeardown<RecordingTaskTeardown>(), "--target", "Compile");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[]
        {
            "setup-class", "before:Clean", "Clean", "after:Clean", "before:Lint", "Lint", "after:Lint", "before:Compile", "Compile", "after:Compile", "teardown-class",
        }));
    }

    [Test]
    public void AToolIsInstalledIntoTheToolPathBeforeTheFirstTaskAndThenResolves()
    {
        var result = Build.Run(host => host.WithTasks(typeof(FindsInstalledTool))
            .UsePackageInstaller<RecordingInstaller>()
            .SetToolPath(tools)
            .InstallTool(new Uri("recorded:?package=lint-tool")));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[]
        {
            $"install:lint-tool:{tools}",
            $"resolved:{Path.Combine(tools, "lint-tool", "lint-tool")}",
        }));
    }

    [Test]
    public void UseToolAndUseToolPathDoTheSameThroughTheServices()
    {
        var result = Build.Run(host => host.WithTasks(typeof(FindsInstalledTool)).ConfigureServices(services => services
            .UsePackageInstaller<RecordingInstaller>()
            .UseToolPath(tools)
            .UseTool(new Uri("recorded:?package=lint-tool"))));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal[0], Is.EqualTo($"install:lint-tool:{tools}"));
    }

    [Test]
    public void AToolNoInstallerTakesFailsBeforeAnyTask()
    {
        var result = Build.Run(host => host.WithTasks(typeof(FindsInstalledTool)).InstallTool(new Uri("choco:?package=x")));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(-1));
            Assert.That(result.Journal, Is.Empty);
            Assert.That(result.Output, Does.Contain("Could not find an installer for the 'choco' scheme."));
        });
    }

    [Test]
    public void NuGetAndDotNetToolInstallersAreThereByDefault()
    {
        var result = Build.Run(host => host.WithTasks(typeof(ListsInstallers)));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[] { "nuget:True", "dotnet:True" }));
    }
}

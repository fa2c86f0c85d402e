using Cake.Core;
using Cake.Core.Packaging;
using Cake.Frosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spectre.Console;

namespace Cake.Frosting.Tests;

/// <summary>
/// Runs the sample shaped like Cake's Frosting integration sample (Sample/: Program, Context, Lifetime, Tasks) the
/// way its Main does, with the sample's own assembly as the one whose tasks are discovered. Only NuGet's installer
/// is replaced, so the run needs no network.
/// </summary>
public sealed class SampleTests
{
    private string start = string.Empty;
    private string root = string.Empty;

    [SetUp]
    public void SetUp()
    {
        start = Environment.CurrentDirectory;
        root = Path.Combine(Path.GetTempPath(), "frosting-sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "build"));
        Environment.CurrentDirectory = Path.Combine(root, "build");
    }

    [TearDown]
    public void TearDown()
    {
        Environment.CurrentDirectory = start;
        Directory.Delete(root, recursive: true);
    }

    [Test]
    public void RunsDefaultWithTheLifetimeAroundItFromTheParentFolder()
    {
        var (exitCode, output, journal) = Run("--name=World");

        var setup = output.IndexOf("Setting things up...", StringComparison.Ordinal);
        var hello = output.IndexOf("Hello World", StringComparison.Ordinal);
        var teardown = output.IndexOf("Tearing things down...", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(journal, Is.EqualTo(new[] { $"install:xunit.runner.console:{PackageType.Tool}:tools" }), "Cake passes the default tools folder relative");
            Assert.That(File.Exists(Path.Combine(root, "tools", "xunit.runner.console", "xunit.runner.console.exe")), Is.True);
            Assert.That(setup, Is.GreaterThanOrEqualTo(0), output);
            Assert.That(hello, Is.GreaterThan(setup), output);
            Assert.That(teardown, Is.GreaterThan(hello), output);
            Assert.That(output, Does.Match(@"Hello\s+\d\d:\d\d:\d\d\.\d+\s+Succeeded"));
            Assert.That(Environment.CurrentDirectory, Is.EqualTo(root), "UseWorkingDirectory(\"..\") moves the run to the parent folder");
        });
    }

    [Test]
    public void TargetsHelloByItsName()
    {
        var (exitCode, output, _) = Run("--target=Hello", "--name=Cake");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("Hello Cake"));
            Assert.That(output, Does.Not.Match(@"Default\s+\d\d:"));
        });
    }

    private static (int ExitCode, string Output, IReadOnlyList<string> Journal) Run(params string[] args)
    {
        var journal = new Journal();
        var output = new StringWriter();
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        ansi.Profile.Width = 160;

        var exitCode = new CakeHost()
            .UseStartup<Program>()
            .AddAssembly(typeof(Program).Assembly)
            .ConfigureServices(services =>
            {
                services.AddSingleton(journal);
                services.AddSingleton<IConsole>(new RecordingConsole(output));
                services.AddSingleton(ansi);
                services.RemoveAll<IPackageInstaller>();
                services.UsePackageInstaller<OfflineNuGet>();
            })
            .Run(args);
        return (exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), journal.Entries);
    }
}

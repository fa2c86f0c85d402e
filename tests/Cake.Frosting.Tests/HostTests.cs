using Cake.Frosting.Tests.Scenarios;
using Cake.Frosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting.Tests;

[NonParallelizable]
public sealed class HostTests
{
    [Test]
    public void DefaultConsolesWriteNoEscapeCodesWhenOutputIsRedirected()
    {
        var original = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(captured);
        int exitCode;
        try
        {
            exitCode = new CakeHost()
                .ConfigureServices(services => services.AddSingleton<Journal>())
                .UseContext<JournalContext>()
                .WithTasks(Chain.Tasks)
                .Run(["--verbosity", "verbose"]);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.That(exitCode, Is.Zero, captured.ToString());
        Assert.That(captured.ToString(), Does.Contain("Unit-Test").And.Not.Contain("\u001b["));
    }

    [Test]
    public void WorkingDirectoryComesFromTheHostOrTheCommandLine()
    {
        var original = Directory.GetCurrentDirectory();
        var fromHost = Directory.CreateTempSubdirectory("frosting-host-").FullName;
        var fromCommandLine = Directory.CreateTempSubdirectory("frosting-cli-").FullName;
        try
        {
            var hostResult = Build.Run(host => host.WithTasks(typeof(ReportsWorkingDirectory)).UseWorkingDirectory(fromHost));
            var cliResult = Build.Run(
                host => host.WithTasks(typeof(ReportsWorkingDirectory)).UseWorkingDirectory(fromHost),
                "--working", fromCommandLine);

            Assert.That(hostResult.Journal, Is.EqualTo(new[] { fromHost }));
            Assert.That(cliResult.Journal, Is.EqualTo(new[] { fromCommandLine }));
        }
        finally
        {
            Directory.SetCurrentDirectory(original);
            Directory.Delete(fromHost);
            Directory.Delete(fromCommandLine);
        }
    }

    [TestCase("--version")]
    [TestCase("--info")]
    public void VersionAndInfoAnswerWithoutRunningTasks(string flag)
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks).UseLifetime<RecordingLifetime>(), flag);

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.Empty);
    }

    [Test]
    public void InvalidVerbosityIsRejected()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks), "--verbosity", "loud");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Journal, Is.Empty);
        Assert.That(result.Output, Does.Contain("Unknown verbosity 'loud'"));
    }
}

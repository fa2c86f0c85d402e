using Cake.Frosting.Tests.Scenarios;
using Cake.Frosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting.Tests;

public sealed class CommandLineTests
{
    [TestCase("--foo=bar", "--color", "blue", "--flag")]
    [TestCase("--foo", "bar", "--color=blue", "--flag")]
    public void UnknownOptionsReachTasksAsArguments(params string[] args)
    {
        var result = Build.Run(host => host.WithTasks(typeof(ReadsArguments)), args);

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[] { "foo=bar", "color=blue", "flag=True" }));
    }

    [Test]
    public void MissingArgumentsFallBackToTheDefault()
    {
        var result = Build.Run(host => host.WithTasks(typeof(ReadsArguments)));

        Assert.That(result.Journal, Is.EqualTo(new[] { "foo=none", "color=none", "flag=False" }));
    }

    [TestCase("quiet", false, false)]
    [TestCase("minimal", false, false)]
    [TestCase("normal", true, false)]
    [TestCase("verbose", true, false)]
    [TestCase("diagnostic", true, true)]
    public void VerbosityControlsTheLog(string verbosity, bool info, bool debug)
    {
        var result = Build.Run(host => host.WithTasks(typeof(Chatty)), "--verbosity", verbosity);

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output.Contains("info-line"), Is.EqualTo(info), result.Output);
        Assert.That(result.Output.Contains("debug-line"), Is.EqualTo(debug), result.Output);
    }

    [Test]
    public void ShortVerbosityOptionWorks()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Chatty)), "-v", "quiet");

        Assert.That(result.Output, Does.Not.Contain("info-line"));
    }

    [Test]
    public void HelpListsTheOptions()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks), "--help");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Journal, Is.Empty);
        Assert.That(result.Output, Does.Contain("--target").And.Contain("--dryrun").And.Contain("--exclusive"));
    }

    [Test]
    public void MissingWorkingDirectoryFailsWithAHint()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"frosting-missing-{Guid.NewGuid():N}");

        var result = Build.Run(host => host.WithTasks(Chain.Tasks), "--working", missing);

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Journal, Is.Empty);
        Assert.That(result.Output, Does.Contain("does not exist"));
    }

    [Test]
    public void ServicesAndTheContextTypeComeFromTheContainer()
    {
        var result = Build.Run(host => host
            .WithTasks(typeof(UsesServices))
            .ConfigureServices(services => services.AddSingleton<Greeting>()));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[] { "hello from the container", nameof(JournalContext) }));
    }
}

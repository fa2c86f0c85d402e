using Cake.Frosting.Tests.Scenarios;
using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests;

public sealed class DryRunTests
{
    [TestCase("--dryrun")]
    [TestCase("--noop")]
    [TestCase("--whatif")]
    public void DryRunRunsNoTaskBodyAndNoLifetime(string flag)
    {
        var result = Build.Run(host => host
            .WithTasks(Chain.Tasks)
            .UseLifetime<RecordingLifetime>()
            .UseTaskLifetime<RecordingTaskLifetime>(), flag);

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.Empty);
        Assert.That(result.Output, Does.Contain("1. Clean").And.Contain("4. Unit-Test").And.Contain("dry run"));
    }

    [Test]
    public void DryRunDoesNotRunAThrowingTask()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Throwing)), "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.Empty);
    }
}

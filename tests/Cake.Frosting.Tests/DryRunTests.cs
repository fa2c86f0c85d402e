using Cake.Frosting.Tests.Scenarios;
using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests;

public sealed class DryRunTests
{
    [TestCase("--dryrun")]
    [TestCase("--noop")]
    [TestCase("--whatif")]
    public void DryRunRunsTheLifetimeButNoTaskBody(string flag)
    {
        var result = Build.Run(host => host
            .WithTasks(Chain.Tasks)
            .UseLifetime<RecordingLifetime>()
            .UseTaskLifetime<RecordingTaskLifetime>(), flag);

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        // As Cake.Frosting: Setup and Teardown run (a build decides its plan there), no task body or task lifetime does.
        Assert.That(result.Journal, Is.EqualTo(new[] { "setup:Default", "teardown:True" }));
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

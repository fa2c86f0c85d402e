using Cake.Frosting.Tests.Scenarios;
using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests;

public sealed class ExecutionTests
{
    [Test]
    public void SummaryTableIsPrintedAfterARun()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks));

        Assert.That(result.Output, Does.Match(@"Task\s+Duration\s+Status"));
        Assert.That(result.Output, Does.Match(@"Compile\s+\d\d:\d\d:\d\d\.\d+\s+Succeeded"));
        Assert.That(result.Output, Does.Contain("Total:"));
    }

    [Test]
    public void ShouldRunFalseSkipsTheTaskButNotItsDependents()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Skipped), typeof(AfterSkipped)));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[] { nameof(AfterSkipped) }));
        Assert.That(result.Output, Does.Match(@"Skipped\s+\S+\s+Skipped"));
    }

    [Test]
    public void AsyncTasksAreAwaited()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Waiting)));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[] { "async-done" }));
    }

    [Test]
    public void ThrowingTaskFailsTheBuildWithCakesErrorOutput()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Throwing)));

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Output, Does.Contain("Error").And.Contain("deploy bucket is missing"));
        Assert.That(result.Output, Does.Not.Contain("   at "), "no stack trace below diagnostic verbosity");
    }

    [Test]
    public void ThrowingTaskShowsTheStackTraceAtDiagnosticVerbosity()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Throwing)), "--verbosity", "diagnostic");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Output, Does.Contain("   at "));
    }

    [Test]
    public void FinallyRunsForAThrowingTask()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Throwing)));

        Assert.That(result.Journal, Is.EqualTo(new[] { "finally" }));
    }

    [Test]
    public void OnErrorThatReturnsHandlesTheErrorLikeCake()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Handled)));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[] { "on-error:handled failure", "finally" }));
    }

    [Test]
    public void OnErrorThatRethrowsFailsTheBuild()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Rethrowing)));

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Journal, Is.EqualTo(new[] { "on-error:stack update failed", "finally" }));
        Assert.That(result.Output, Does.Contain("Rolled back: stack update failed"));
    }

    [Test]
    public void ContinueOnErrorLetsTheBuildCarryOn()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Flaky), typeof(AfterFlaky)));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[] { nameof(AfterFlaky) }));
    }

    [Test]
    public void LifetimesWrapTheRunAndEachTask()
    {
        var result = Build.Run(host => host
            .WithTasks(Chain.Tasks)
            .UseLifetime<RecordingLifetime>()
            .UseTaskLifetime<RecordingTaskLifetime>(), "--target", "Compile");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[]
        {
            "setup:Compile",
            "task-setup:Clean", "Clean", "task-teardown:Clean",
            "task-setup:Lint", "Lint", "task-teardown:Lint",
            "task-setup:Compile", "Compile", "task-teardown:Compile",
            "teardown:True",
        }));
    }

    [Test]
    public void TeardownStillRunsWhenATaskFails()
    {
        var result = Build.Run(host => host.WithTasks(typeof(Throwing)).UseLifetime<RecordingLifetime>());

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Journal[^1], Is.EqualTo("teardown:False"));
    }

    [Test]
    public void UnknownTargetFailsWithCakesMessageAndCode()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks).UseLifetime<RecordingLifetime>(), "--target", "Nope");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(-1));
            Assert.That(result.Journal, Is.Empty, "setup must not run for a target that does not exist");
            Assert.That(result.Output, Does.Contain("Error: The target 'Nope' was not found."));
        });
    }

    [Test]
    public void AFailingTaskExitsWithCakesCodeWhateverTheExceptionSays()
    {
        var result = Build.Run(host => host.WithTasks(typeof(FailsWithExitCode)));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(-1));
            Assert.That(result.Output, Does.Contain("Error: terraform said 3"));
        });
    }

    [Test]
    public void TheCapitalisedTargetAliasWorks()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks), "--Target", "Compile");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Does.Contain("Compile").And.Not.Contain("Unit-Test"));
    }

    [Test]
    public void SkippedMessageSaysWhyATaskDidNotRun()
    {
        var result = Build.Run(host => host.WithTasks(typeof(SkippedWithReason), typeof(AfterSkippedWithReason)));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain("no AWS account configured"));
    }

    [Test]
    public void ContinueOnErrorIsNotInherited()
    {
        var result = Build.Run(host => host.WithTasks(typeof(InheritsContinueOnError)));

        Assert.That(result.ExitCode, Is.Not.Zero, "the attribute on the base class must not make the subclass continue");
    }
}

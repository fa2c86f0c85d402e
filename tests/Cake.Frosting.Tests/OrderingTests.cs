using Cake.Frosting.Tests.Scenarios;
using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests;

public sealed class OrderingTests
{
    [Test]
    public void DependenciesAndDependeesRunBeforeTheTasksThatNeedThem()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[] { "Clean", "Lint", "Compile", "Unit-Test" }));
    }

    [Test]
    public void TargetIsChosenOnTheCommandLine()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks), "--target", "Compile");

        Assert.That(result.Journal, Is.EqualTo(new[] { "Clean", "Lint", "Compile" }));
    }

    [Test]
    public void ExclusiveRunsOnlyTheTarget()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks), "-t", "Unit-Test", "--exclusive");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.EqualTo(new[] { "Unit-Test" }));
    }

    [Test]
    public void TreeShowsTheDependencyTreeWithoutRunningAnything()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks), "--tree");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.Empty);
        Assert.That(result.Output, Does.Contain("Default").And.Contain("└─Unit-Test").And.Contain("└─Clean"));
    }

    [Test]
    public void DescriptionListsEveryTaskWithItsDescription()
    {
        var result = Build.Run(host => host.WithTasks(Chain.Tasks), "--description");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Journal, Is.Empty);
        Assert.That(result.Output, Does.Match(@"Clean\s+Removes old output\."));
        Assert.That(result.Output, Does.Match(@"Compile\s+Compiles the code\."));
        Assert.That(result.Output, Does.Contain("Lint").And.Contain("Unit-Test"));
    }

    [Test]
    public void PublicConcreteTasksOfAddedAssembliesAreDiscovered()
    {
        var result = Build.Run(host => host.AddAssembly(typeof(DiscoveredCompile).Assembly), "--description");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Match(@"DiscoveredCompile\s+Found by scanning\."));
        Assert.That(result.Output, Does.Contain("Default"));
        Assert.That(result.Output, Does.Not.Contain("DiscoveredAbstract").And.Not.Contain("Clean"));
    }

    [Test]
    public void DiscoveredTasksRun()
    {
        var result = Build.Run(host => host.AddAssembly(typeof(DiscoveredCompile).Assembly));

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Match(@"DiscoveredCompile\s+\S+\s+Succeeded"));
    }
}

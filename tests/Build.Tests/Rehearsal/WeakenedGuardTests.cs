using System.Runtime.Versioning;
using Pipeline.Processes;

namespace Build.Tests.Rehearsal;

/// <summary>
/// The build's code lives in the team's repository, so a pull request that weakens a GitFlow guard must fail its
/// own check: this checkout with the policy edited to let pull requests deploy, through ./build.sh --target=PullRequest.
/// </summary>
[Category("Integration")]
[UnsupportedOSPlatform("windows")]
public class WeakenedGuardTests
{
    private ScratchCheckout scratch = null!;
    private ProcessResult run = null!;

    [OneTimeSetUp]
    public async Task RunPullRequestOnAWeakenedPolicy()
    {
        scratch = await ScratchCheckout.CopyAsync("feature/weakened-guard");
        await scratch.EditAsync("build/Pipeline/GitFlow/GitFlowPolicy.cs",
            "GitEvent.PullRequest => TargetDecision.Allow(PipelineTarget.PullRequest,",
            "GitEvent.PullRequest => TargetDecision.Allow(PipelineTarget.DeployPreprod,",
            "Let pull requests deploy");
        run = await scratch.BuildShAsync("--target=PullRequest");
        TestContext.Out.WriteLine($"PullRequest on the weakened policy -> exit {run.ExitCode} in {run.Elapsed.TotalSeconds:0.0} s");
    }

    [OneTimeTearDown]
    public void Remove() => scratch?.Dispose();

    [Test]
    public void The_pull_request_check_fails() =>
        Assert.That(run.ExitCode, Is.Not.Zero, HostRun.Log(run));

    [Test]
    public void It_fails_in_the_builds_own_tests_on_the_policy() =>
        Assert.That(HostRun.Log(run), Does.Contain("The_diagram_shows_what_the_policy_does").And.Contain("BuildTests"), HostRun.Log(run));
}

using System.Runtime.Versioning;
using Pipeline.Processes;
using TestSupport;

namespace Build.Tests.Rehearsal;

/// <summary>
/// terraform validate runs in the background and may be skipped when nothing changed; a root broken since its
/// last green validate must still fail PullRequest, through ./build.sh.
/// </summary>
[Category("Integration")]
[UnsupportedOSPlatform("windows")]
public class BrokenRootTests
{
    private ScratchCheckout scratch = null!;
    private ProcessResult run = null!;

    [OneTimeSetUp]
    public async Task RunPullRequestWithABrokenRoot()
    {
        LocalTools.Require("terraform");
        scratch = await ScratchCheckout.CopyAsync("feature/broken-root");
        await scratch.EditAsync("infra/environments/prod/main.tf",
            "source = \"../../modules/environment\"",
            "source = \"../../modules/environment\"\n  no_such_argument = true",
            "Break the prod root");
        run = await scratch.BuildShAsync("--target=PullRequest");
        TestContext.Out.WriteLine($"PullRequest with a broken root -> exit {run.ExitCode} in {run.Elapsed.TotalSeconds:0.0} s");
    }

    [OneTimeTearDown]
    public void Remove() => scratch?.Dispose();

    [Test]
    public void The_pull_request_check_fails() =>
        Assert.That(run.ExitCode, Is.Not.Zero, HostRun.Log(run));

    [Test]
    public void Terraform_names_the_broken_argument() =>
        Assert.That(HostRun.Log(run), Does.Contain("no_such_argument").And.Contain("TerraformValidate"), HostRun.Log(run));
}

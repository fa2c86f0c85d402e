using Pipeline.Processes;
using TestSupport;

namespace Build.Tests;

/// <summary>
/// build.ps1, the Windows way in, through PowerShell as a user runs it (here on Linux: CI installs PowerShell as a
/// dotnet tool). It must run the same host, pass its arguments on unchanged and hand back its exit code.
/// </summary>
[Category("Integration")]
public class BuildPs1Tests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Test]
    public async Task The_tree_prints_through_build_ps1()
    {
        var result = await RunAsync("--tree");
        Assert.That(result.ExitCode, Is.Zero, HostRun.Log(result));
        Assert.That(result.StandardOutput, Does.Contain("DeployPreprod").And.Contain("└─StartTerraform"));
    }

    [Test]
    public async Task A_dry_run_gets_its_switches_unchanged()
    {
        var result = await RunAsync("--target=PullRequest", "--dryrun");
        Assert.That(result.ExitCode, Is.Zero, HostRun.Log(result));
        Assert.That(result.StandardOutput, Does.Contain("Dry run of --target=PullRequest"));
    }

    [Test]
    public async Task The_host_s_exit_code_comes_back()
    {
        var result = await RunAsync("--target=Nope");
        Assert.That(result.ExitCode, Is.EqualTo(1), HostRun.Log(result));
        Assert.That(HostRun.Log(result), Does.Contain("Unknown target 'Nope'."));
    }

    private static Task<ProcessResult> RunAsync(params string[] arguments) =>
        HostRun.BuildPs1Async(LocalTools.Require("pwsh"), arguments, HostRun.RehearsalEnvironment(), Timeout);
}

using System.Runtime.Versioning;
using Build.Graph;
using Build.Console;

namespace Build.Tests;

/// <summary>The README's command line, through ./build.sh as a user types it: no parser call stands in for the host.</summary>
[Category("Integration")]
[Platform(Exclude = "Win", Reason = "runs ./build.sh")]
[UnsupportedOSPlatform("windows")]
public class CommandLineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly TaskGraph Graph = TaskGraph.FromAssembly(typeof(BuildContext).Assembly);

    [TestCase("--awz=real", "--aws")]
    [TestCase("--profle=x", "--profile")]
    [TestCase("--stop-on-drfit", "--stop-on-drift")]
    [TestCase("--keep-local", "--keep-local-aws")]
    public async Task A_misspelled_option_is_refused_with_the_closest_one(string typed, string meant)
    {
        var result = await RunAsync(typed);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Log);
        Assert.That(result.Log, Does.Contain($"{typed} is not an option of this build. Did you mean {meant}?"));
    }

    [Test]
    public async Task An_unknown_target_lists_the_targets_and_the_closest()
    {
        var result = await RunAsync("--target=DeployPreprd");
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Log);
        Assert.That(result.Log, Does.Contain("Unknown target 'DeployPreprd'. Did you mean --target=DeployPreprod?"));
        Assert.That(result.Log, Does.Contain("Default, PullRequest, DeployPreprod, DeployProd"));
        Assert.That(result.Log, Does.Not.Contain("ReadTerraformOutputs"), "internal tasks are not offered as targets");
    }

    [Test]
    public async Task Help_lists_every_target_on_one_line_and_every_option()
    {
        var result = await RunAsync("--help");
        Assert.That(result.ExitCode, Is.Zero, result.Log);
        var lines = result.Output.Split('\n');
        foreach (var target in TargetCatalog.Targets.Select(TargetCatalog.NameOf).Append(TargetCatalog.Ci))
        {
            Assert.That(lines.Count(line => line.StartsWith($"  {target} ", StringComparison.Ordinal)), Is.EqualTo(1), target);
        }

        foreach (var option in CommandOption.All)
        {
            Assert.That(result.Output, Does.Contain($"--{option.Name}"));
        }
    }

    [Test]
    public async Task Version_prints_the_build_hosts_version_and_the_checkouts()
    {
        var result = await RunAsync("--version");
        Assert.That(result.ExitCode, Is.Zero, result.Log);
        Assert.That(result.Output, Does.Match(@"Build host \d+\.\d+\.\d+").And.Contain("This checkout builds ").And.Not.Contain("Unknown"));
    }

    [Test]
    public async Task Bare_switches_are_read_as_true()
    {
        var refused = await RunAsync("--target=DeployProd", "--aws=real", "--branch=master", "--dryrun");
        Assert.That(refused.ExitCode, Is.Not.Zero);
        Assert.That(refused.Log, Does.Contain("Pass --confirm"));

        var result = await RunAsync("--target=DeployProd", "--aws=real", "--branch=master", "--dryrun", "--confirm", "--keep-local-aws", "--stop-on-drift");
        Assert.That(result.ExitCode, Is.Zero, result.Log);
        Assert.That(result.Log, Does.Contain("Switches: --confirm").And.Contain("--keep-local-aws (").And.Contain("--stop-on-drift ("));
    }

    public static IEnumerable<TestCaseData> DryRuns()
    {
        yield return new TestCaseData("Default", Array.Empty<string>());
        yield return new TestCaseData("PullRequest", Array.Empty<string>());
        yield return new TestCaseData("DeployPreprod", new[] { "--aws=real", "--branch=develop" });
        yield return new TestCaseData("DeployProd", new[] { "--aws=real", "--branch=master", "--confirm" });
        yield return new TestCaseData("DeployEphemeral", new[] { "--branch=feature/login" });
        yield return new TestCaseData("DestroyEphemeral", new[] { "--branch=feature/login" });
        yield return new TestCaseData("DestroyEnvironment", new[] { "--aws=real", "--env=preprod" });
        yield return new TestCaseData("StopLocalAws", Array.Empty<string>());
        yield return new TestCaseData("Graph", Array.Empty<string>());
    }

    [TestCaseSource(nameof(DryRuns))]
    public async Task A_dry_run_lists_every_task_that_would_run_or_be_skipped_and_calls_no_AWS(string target, string[] arguments)
    {
        var result = await RunAsync([$"--target={target}", "--dryrun", .. arguments]);
        Assert.That(result.ExitCode, Is.Zero, result.Log);
        Assert.That(result.Log, Does.Contain($"Dry run of --target={target}"));
        var number = 0;
        foreach (var task in Graph.Closure(target))
        {
            var skipped = result.Log.Contains($"Skipping {task}: ", StringComparison.Ordinal);
            Assert.That(skipped || result.Log.Contains($"{number + 1}. {task}\n", StringComparison.Ordinal), Is.True, $"{task} is neither listed nor skipped:\n{result.Log}");
            number += skipped ? 0 : 1;
        }

        Assert.That(result.Log, Does.Not.Contain("Local AWS (moto) at").And.Not.Contain("Signed in as"));
    }

    [Test]
    public async Task Ci_becomes_the_target_the_policy_picks_before_the_host_runs()
    {
        var environment = Environment();
        environment["CODEBUILD_BUILD_ID"] = "pipeline:ci-test";
        environment["CODEBUILD_WEBHOOK_EVENT"] = "PUSH";
        environment["CODEBUILD_WEBHOOK_HEAD_REF"] = "refs/heads/develop";
        var result = await HostRun.BuildShAsync(["--target=Ci", "--dryrun"], environment, Timeout);
        Assert.That(result.ExitCode, Is.Zero, HostRun.Log(result));
        Assert.That(HostRun.Log(result), Does.Contain("Running --target=DeployPreprod.").And.Contain("Dry run of --target=DeployPreprod"));
    }

    private static Task<Run> RunAsync(params string[] arguments) => RunWithAsync(arguments);

    private static async Task<Run> RunWithAsync(string[] arguments)
    {
        var result = await HostRun.BuildShAsync(arguments, Environment(), Timeout);
        return new Run(result.ExitCode, result.StandardOutput, HostRun.Log(result));
    }

    // No AWS identity reaches the host: a dry run against real AWS must not need one.
    private static Dictionary<string, string?> Environment()
    {
        var environment = HostRun.RehearsalEnvironment();
        environment["AWS_CONFIG_FILE"] = "/dev/null";
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        return environment;
    }

    private sealed record Run(int ExitCode, string Output, string Log);
}

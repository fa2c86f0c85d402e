using System.Diagnostics;
using Build.Terraform;
using Cake.Core;
using Pipeline.Terraform;
using TestSupport;

namespace Build.Tests.Terraform.Integration;

/// <summary>The local backend holds the state lock while <c>terraform console</c> runs, until its input closes.</summary>
[Category("Integration")]
public class TerraformLockTests
{
    private TerraformWorkdir work = null!;
    private string terraform = string.Empty;

    [SetUp]
    public void SetUp()
    {
        terraform = LocalTools.Require("terraform");
        work = new TerraformWorkdir(terraform);
        work.Context.TerraformInit(work.Configure(new InitSettings()));
        work.Context.TerraformApply(work.Configure(new ApplySettings()));
    }

    [TearDown]
    public void TearDown() => work?.Dispose();

    [Test]
    public void AShortLockTimeoutGivesUp()
    {
        using var holder = HoldLock();
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<CakeException>(() =>
            work.Context.TerraformPlan(work.Configure(new PlanSettings { LockTimeout = TimeSpan.FromSeconds(1) })));
        Assert.That(error!.Message, Does.Contain("held by another run").And.Contain("ID:").And.Contain("Who:").And.Contain("force-unlock"));
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
        Release(holder);
    }

    [Test]
    public void AJsonPlanNamesTheLockHolderFromItsErrorEvent()
    {
        using var holder = HoldLock();
        var printed = new List<string>();

        var error = Assert.Throws<CakeException>(() => work.Context.TerraformPlan(work.Configure(new PlanSettings
        {
            LockTimeout = TimeSpan.FromSeconds(1),
            Json = true,
            Print = printed.Add,
        })));
        Assert.That(error!.Message, Does.Contain("held by another run").And.Contain("ID:").And.Contain("Who:").And.Contain("force-unlock"));
        Assert.That(printed, Has.Some.StartsWith("Error: Error acquiring the state lock"), string.Join("\n", printed));
        Assert.That(printed, Has.None.StartsWith("{"), "events are printed as text, not as JSON");
        Release(holder);
    }

    [Test]
    public void ALongLockTimeoutWaitsForTheHolder()
    {
        using var holder = HoldLock();
        var clock = Stopwatch.StartNew();
        var plan = Task.Run(() =>
            work.Context.TerraformPlan(work.Configure(new PlanSettings { LockTimeout = TimeSpan.FromSeconds(60) })));

        Thread.Sleep(TimeSpan.FromSeconds(2));
        Assert.That(plan.IsCompleted, Is.False, "plan must wait while the lock is held");
        Release(holder);

        Assert.That(plan.Wait(TimeSpan.FromSeconds(60)), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(plan.Result, Is.False);
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2)));
        });
    }

    private Process HoldLock()
    {
        var start = new ProcessStartInfo(terraform)
        {
            ArgumentList = { "-chdir=" + work.Dir, "console" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment[TerraformCliConfig.ConfigVariable] = work.Configure(new PlanSettings()).EnvironmentVariables[TerraformCliConfig.ConfigVariable];
        var process = Process.Start(start)!;
        var lockFile = work.PathOf(".terraform.tfstate.lock.info");
        var deadline = Stopwatch.StartNew();
        while (!File.Exists(lockFile))
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30) || process.HasExited)
            {
                process.Kill();
                Assert.Fail("terraform console never took the state lock; the lock tests need the local backend.");
            }

            Thread.Sleep(50);
        }

        return process;
    }

    private static void Release(Process holder)
    {
        holder.StandardInput.Close();
        if (!holder.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            holder.Kill();
        }
    }
}

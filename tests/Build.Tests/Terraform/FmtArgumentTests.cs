using Build.Terraform;
using Build.Tests.Terraform.Fakes;
using Cake.Core;

namespace Build.Tests.Terraform;

public class FmtArgumentTests
{
    private FakeHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new FakeHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public void RendersCheckRecursiveDiffAndTargets()
    {
        harness.Context.TerraformFmt(new FmtSettings { Check = true, Recursive = true, Diff = true, Targets = { "modules", "main.tf" } });

        Assert.That(harness.Args, Is.EqualTo("fmt -no-color -check -recursive -diff modules main.tf"));
    }

    [Test]
    public void CheckPassesOnExitCodeZero()
    {
        Assert.That(harness.Context.TerraformFmt(new FmtSettings { Check = true }), Is.True);
    }

    [Test]
    public void CheckFailsOnExitCodeThreeAndLogsTheFiles()
    {
        harness.Runner.ExitCode = 3;
        harness.Runner.StandardOutput.Add("main.tf");

        var formatted = harness.Context.TerraformFmt(new FmtSettings { Check = true });

        Assert.Multiple(() =>
        {
            Assert.That(formatted, Is.False);
            Assert.That(harness.Log.Lines, Does.Contain("main.tf"));
        });
    }

    [Test]
    public void RewritingFilesMeansTheyWereNotFormatted()
    {
        harness.Runner.StandardOutput.Add("variables.tf");

        Assert.That(harness.Context.TerraformFmt(new FmtSettings()), Is.False);
    }

    [Test]
    public void SyntaxErrorsThrow()
    {
        harness.Runner.ExitCode = 2;

        Assert.Throws<CakeException>(() => harness.Context.TerraformFmt(new FmtSettings { Check = true }));
    }
}

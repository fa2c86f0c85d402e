using Cake.Terraform.Tests.Fakes;

namespace Cake.Terraform.Tests;

/// <summary>Each documented example runs against a fake process runner and gives the addin's command line.</summary>
public class DocumentedUsageTests
{
    private FakeHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new FakeHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public void InitAddsNothing()
    {
        DocumentedUsage.Init(harness.Context);

        Assert.That(harness.Args, Is.EqualTo("init"));
    }

    [Test]
    public void InitRunsInTheWorkingDirectory()
    {
        DocumentedUsage.InitWithSettings(harness.Context);

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo("init"));
            Assert.That(harness.Runner.Last.WorkingDirectory.FullPath, Is.EqualTo(harness.UnderDirectory("terraform")));
        });
    }

    [Test]
    public void PlanAlwaysWritesOutAndAsksForTheDetailedExitCode()
    {
        var changes = DocumentedUsage.Plan(harness.Context);

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo("plan -out= -detailed-exitcode"));
            Assert.That(changes, Is.False);
        });
    }

    [Test]
    public void PlanWithAnOutFileReportsChangesFromExitCodeTwo()
    {
        harness.Runner.ExitCode = 2;

        var changes = DocumentedUsage.PlanWithSettings(harness.Context);

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo("plan -out=output/terraform.plan -detailed-exitcode"));
            Assert.That(changes, Is.True);
        });
    }

    [Test]
    public void ShowWithoutAPlanFileThrowsBeforeRunning()
    {
        Assert.Throws<ArgumentNullException>(() => DocumentedUsage.Show(harness.Context));
        Assert.That(harness.Runner.Starts, Is.Empty);
    }

    [Test]
    public void ShowAsHtmlWritesTheFileAndKeepsColours()
    {
        var output = System.IO.Path.Combine(harness.Root, "output");
        Directory.CreateDirectory(output);
        harness.Runner.StandardOutput.AddRange(["\u001b[1mTerraform will perform\u001b[0m", "  \u001b[32m+\u001b[0m create <x>"]);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = harness.Root;
        try
        {
            DocumentedUsage.ShowWithSettings(harness.Context);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        var html = File.ReadAllText(System.IO.Path.Combine(output, "terraform.html"));
        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo("show output/terraform.plan"), "HTML keeps colours, so no -no-color");
            Assert.That(html.TrimStart(), Does.StartWith("<!doctype html>"));
            Assert.That(html, Does.Contain("<span class=\"bold\">Terraform will perform</span>"));
            Assert.That(html, Does.Contain("  <span class=\"green\">+ create &lt;x&gt;</span>"));
        });
    }

    [Test]
    public void ApplyAsksForApprovalUnlessTold()
    {
        DocumentedUsage.Apply(harness.Context);

        Assert.That(harness.Args, Is.EqualTo("apply"));
    }

    [Test]
    public void ApplyTakesTheSavedPlanQuoted()
    {
        DocumentedUsage.ApplyWithSettings(harness.Context);

        Assert.That(harness.Args, Is.EqualTo("apply \"output/terraform.plan\""));
    }

    [Test]
    public void DestroyWithForceSendsTheRemovedForceFlag()
    {
        DocumentedUsage.DestroyWithSettings(harness.Context);

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo("destroy -force -var \"some-input-variable=value\""));
            Assert.That(harness.Runner.Last.WorkingDirectory.FullPath, Is.EqualTo(harness.UnderDirectory(".")));
        });
    }

    [Test]
    public void DestroyAndValidateAddNothing()
    {
        DocumentedUsage.Destroy(harness.Context);
        DocumentedUsage.Validate(harness.Context);

        Assert.That(harness.Runner.Starts.Select(start => start.Settings.Arguments.Render()), Is.EqualTo(new[] { "destroy", "validate" }));
    }
}

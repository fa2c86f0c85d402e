using Cake.Terraform.Tests.Fakes;
using Cake.Terraform.Workspace;

namespace Cake.Terraform.Tests;

public class WorkspaceArgumentTests
{
    private FakeHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new FakeHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public void New()
    {
        harness.Context.TerraformWorkspaceNew(new TerraformWorkspaceNewSettings { Name = "pr-42", NoColor = true, LockTimeout = TimeSpan.FromSeconds(5) });

        Assert.That(harness.Args, Is.EqualTo("workspace new -no-color -lock-timeout=5s pr-42"));
    }

    [Test]
    public void SelectOrCreate()
    {
        harness.Context.TerraformWorkspaceSelect(new TerraformWorkspaceSelectSettings { Name = "pr-42", NoColor = true, OrCreate = true });

        Assert.That(harness.Args, Is.EqualTo("workspace select -no-color -or-create pr-42"));
    }

    [Test]
    public void DeleteForce()
    {
        harness.Context.TerraformWorkspaceDelete(new TerraformWorkspaceDeleteSettings { Name = "pr-42", NoColor = true, Force = true, Lock = false });

        Assert.That(harness.Args, Is.EqualTo("workspace delete -no-color -lock=false -force pr-42"));
    }

    [Test]
    public void ListDropsTheCurrentMarker()
    {
        harness.Runner.StandardOutput.AddRange(["  default", "* pr-42", "", "  prod"]);

        var names = harness.Context.TerraformWorkspaceList();

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo("workspace list -no-color"));
            Assert.That(names, Is.EqualTo(new[] { "default", "pr-42", "prod" }));
        });
    }

    [Test]
    public void ShowReturnsTheCurrentName()
    {
        harness.Runner.StandardOutput.Add("pr-42");

        Assert.That(harness.Context.TerraformWorkspaceShow(), Is.EqualTo("pr-42"));
    }

    [Test]
    public void AMissingNameTellsWhatToSet()
    {
        var error = Assert.Throws<ArgumentException>(() => harness.Context.TerraformWorkspaceNew(string.Empty));

        Assert.That(error!.Message, Does.Contain("Set the workspace Name"));
    }
}

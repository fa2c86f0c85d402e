using Cake.Terraform.Init;
using Cake.Terraform.Workspace;
using TestSupport;

namespace Cake.Terraform.Tests.Integration;

[Category("Integration")]
public class TerraformWorkspaceTests
{
    private TerraformWorkdir work = null!;

    [SetUp]
    public void SetUp() => work = new TerraformWorkdir(LocalTools.Require("terraform"));

    [TearDown]
    public void TearDown() => work?.Dispose();

    [Test]
    public void NewSelectListDelete()
    {
        work.Context.TerraformInit(work.Configure(new TerraformInitSettings()));

        work.Context.TerraformWorkspaceNew(work.Configure(new TerraformWorkspaceNewSettings { Name = "feature-x", LockTimeout = TimeSpan.FromSeconds(5) }));
        var afterNew = List();
        var current = work.Context.TerraformWorkspaceShow(work.Configure(new TerraformWorkspaceListSettings()));
        work.Context.TerraformWorkspaceSelect(work.Configure(new TerraformWorkspaceSelectSettings { Name = "default" }));
        work.Context.TerraformWorkspaceDelete(work.Configure(new TerraformWorkspaceDeleteSettings { Name = "feature-x" }));
        var afterDelete = List();
        work.Context.TerraformWorkspaceSelect(work.Configure(new TerraformWorkspaceSelectSettings { Name = "pr-7", OrCreate = true }));

        Assert.Multiple(() =>
        {
            Assert.That(afterNew, Is.EqualTo(new[] { "default", "feature-x" }));
            Assert.That(current, Is.EqualTo("feature-x"), "new also selects");
            Assert.That(afterDelete, Is.EqualTo(new[] { "default" }));
            Assert.That(work.Context.TerraformWorkspaceShow(work.Configure(new TerraformWorkspaceListSettings())), Is.EqualTo("pr-7"));
        });
    }

    [Test]
    public void SelectingAMissingWorkspaceFails()
    {
        work.Context.TerraformInit(work.Configure(new TerraformInitSettings()));

        Assert.Throws<Cake.Core.CakeException>(() =>
            work.Context.TerraformWorkspaceSelect(work.Configure(new TerraformWorkspaceSelectSettings { Name = "missing" })));
    }

    private List<string> List() => work.Context.TerraformWorkspaceList(work.Configure(new TerraformWorkspaceListSettings()));
}

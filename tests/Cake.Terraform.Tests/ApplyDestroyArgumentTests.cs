using Cake.Core.IO;
using Cake.Terraform.Apply;
using Cake.Terraform.Destroy;
using Cake.Terraform.Tests.Fakes;

namespace Cake.Terraform.Tests;

public class ApplyDestroyArgumentTests
{
    private FakeHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new FakeHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public void ApplyWithoutPlanAutoApproves()
    {
        harness.Context.TerraformApply(new TerraformApplySettings
        {
            NoColor = true,
            LockTimeout = TimeSpan.FromSeconds(30),
            VariableFiles = { new FilePath("prod.tfvars") },
            Variables = { ["env"] = "prod" },
        });

        Assert.That(harness.Args, Is.EqualTo(
            $"apply -input=false -no-color -auto-approve -lock-timeout=30s -var-file={harness.Under("prod.tfvars")} -var \"env=prod\""));
    }

    [Test]
    public void ApplyOfASavedPlanNeedsNoApprovalAndEndsWithThePlan()
    {
        harness.Context.TerraformApply(new TerraformApplySettings { NoColor = true, Plan = new FilePath("out/my plan.tfplan") });

        Assert.That(harness.Args, Is.EqualTo($"apply -input=false -no-color \"{harness.Under("out/my plan.tfplan")}\""));
    }

    [Test]
    public void ApplyCanDestroyOrRefreshOnly()
    {
        harness.Context.TerraformApply(new TerraformApplySettings { NoColor = true, Destroy = true, RefreshOnly = true, Parallelism = 2 });

        Assert.That(harness.Args, Is.EqualTo("apply -input=false -no-color -auto-approve -destroy -refresh-only -parallelism=2"));
    }

    [Test]
    public void DestroyAutoApprovesAndNeverSendsForce()
    {
        harness.Context.TerraformDestroy(new TerraformDestroySettings
        {
            NoColor = true,
            Variables = { ["github_token"] = "ghp_x" },
            VariableFiles = { new FilePath("/abs/a.tfvars"), new FilePath("/abs/b.tfvars") },
        });

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Does.Not.Contain("-force"));
            Assert.That(harness.SafeArgs, Is.EqualTo(
                "destroy -input=false -no-color -auto-approve -var-file=/abs/a.tfvars -var-file=/abs/b.tfvars -var [REDACTED]"));
        });
    }
}

using Build.Terraform;
using Build.Tests.Terraform.Fakes;
using Cake.Core.IO;

namespace Build.Tests.Terraform;

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
        harness.Context.TerraformApply(new ApplySettings
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
        harness.Context.TerraformApply(new ApplySettings { NoColor = true, Plan = new FilePath("out/my plan.tfplan") });

        Assert.That(harness.Args, Is.EqualTo($"apply -input=false -no-color \"{harness.Under("out/my plan.tfplan")}\""));
    }

    [Test]
    public void ApplyCanDestroyOrRefreshOnly()
    {
        harness.Context.TerraformApply(new ApplySettings { NoColor = true, Destroy = true, RefreshOnly = true, Parallelism = 2 });

        Assert.That(harness.Args, Is.EqualTo("apply -input=false -no-color -auto-approve -destroy -refresh-only -parallelism=2"));
    }

}

using Build.Terraform;
using Build.Tests.Terraform.Fakes;
using Cake.Core.IO;
using Cake.Core;

namespace Build.Tests.Terraform;

public class PlanArgumentTests
{
    private FakeHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new FakeHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public void RendersEveryOption()
    {
        var settings = new PlanSettings
        {
            NoColor = true,
            ChangeDirectory = new DirectoryPath("infra/preprod"),
            OutFile = new FilePath("artifacts/preprod.tfplan"),
            Destroy = true,
            RefreshOnly = true,
            Lock = false,
            LockTimeout = TimeSpan.FromMilliseconds(1500),
            Parallelism = 4,
            Targets = { "module.ci" },
            VariableFiles = { new FilePath("common.tfvars"), new FilePath("preprod.tfvars") },
            Variables = { ["env"] = "preprod", ["tags"] = "{ team = \"ci\" }" },
        };

        harness.Context.TerraformPlan(settings);

        Assert.That(harness.Args, Is.EqualTo(
            $"-chdir={harness.Under("infra/preprod")} plan -input=false -detailed-exitcode -no-color " +
            $"-out={harness.Under("artifacts/preprod.tfplan")} -destroy -refresh-only -lock=false -lock-timeout=1500ms " +
            "-parallelism=4 -target=module.ci " +
            $"-var-file={harness.Under("common.tfvars")} -var-file={harness.Under("preprod.tfvars")} " +
            "-var \"env=preprod\" -var \"tags={ team = \\\"ci\\\" }\""));
    }

    [TestCase(0, false)]
    [TestCase(2, true)]
    public void ExitCodeTellsWhetherThereAreChanges(int exitCode, bool expected)
    {
        harness.Runner.ExitCode = exitCode;

        Assert.That(harness.Context.TerraformPlan(new PlanSettings()), Is.EqualTo(expected));
    }

    [Test]
    public void ExitCodeOneFailsWithAHint()
    {
        harness.Runner.ExitCode = 1;

        var error = Assert.Throws<CakeException>(() => harness.Context.TerraformPlan(new PlanSettings()));

        Assert.That(error!.Message, Does.StartWith("terraform plan failed with exit code 1."));
    }

    [Test]
    public void HandleExitCodeStillWins()
    {
        harness.Runner.ExitCode = 1;

        var changes = harness.Context.TerraformPlan(new PlanSettings { HandleExitCode = _ => true });

        Assert.That(changes, Is.False);
    }

    [Test]
    public void MasksSecretVariablesInTheSafeRendering()
    {
        harness.Context.TerraformPlan(new PlanSettings
        {
            NoColor = true,
            Variables = { ["db_Password"] = "hunter2", ["api_token"] = "t0k", ["kms_key"] = "k3y", ["client_secret"] = "s3c", ["name"] = "web" },
        });
        var first = harness.Runner.Last.Arguments;

        Assert.Multiple(() =>
        {
            Assert.That(first.Render(), Does.Contain("\"db_Password=hunter2\"").And.Contain("\"client_secret=s3c\""));
            Assert.That(first.RenderSafe(), Does.Not.Contain("hunter2").And.Not.Contain("t0k").And.Not.Contain("k3y").And.Not.Contain("s3c"));
            Assert.That(first.RenderSafe(), Does.EndWith("-var [REDACTED] -var [REDACTED] -var [REDACTED] -var [REDACTED] -var \"name=web\""));
        });
    }

    [Test]
    public void SensitiveVariablesAreMasked()
    {
        harness.Context.TerraformPlan(new PlanSettings { Variables = { ["license"] = "L1C" }, SensitiveVariables = { "LICENSE" } });

        Assert.That(harness.SafeArgs, Does.Not.Contain("L1C"));
    }
}

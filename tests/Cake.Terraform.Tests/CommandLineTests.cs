using Cake.Core;
using Cake.Core.IO;
using Cake.Terraform.Apply;
using Cake.Terraform.EnvDelete;
using Cake.Terraform.EnvList;
using Cake.Terraform.EnvNew;
using Cake.Terraform.EnvSelect;
using Cake.Terraform.Init;
using Cake.Terraform.Output;
using Cake.Terraform.Plan;
using Cake.Terraform.Refresh;
using Cake.Terraform.Tests.Fakes;

namespace Cake.Terraform.Tests;

/// <summary>The addin's command lines for its settings beyond the documented examples, quirks included.</summary>
public class CommandLineTests
{
    private FakeHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new FakeHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public void InitRendersEveryOptionWithDotNetBooleans()
    {
        harness.Context.TerraformInit(new TerraformInitSettings
        {
            BackendConfigOverrides = new Dictionary<string, string> { ["bucket"] = "state", ["key"] = "a b" },
            ForceCopy = true,
            ForceReconfigure = true,
            Input = false,
            Backend = false,
        });

        Assert.That(harness.Args, Is.EqualTo(
            "init -backend-config \"bucket=state\" -backend-config \"key=a b\" -force-copy -reconfigure -input=False -backend=False"));
    }

    [Test]
    public void PlanRendersEveryOptionAndMasksNothing()
    {
        harness.Context.TerraformPlan(new TerraformPlanSettings
        {
            OutFile = new FilePath("/abs/p.tfplan"),
            Parallelism = 3,
            Destroy = true,
            InputVariablesFile = "prod.tfvars",
            InputVariables = new Dictionary<string, string> { ["db_password"] = "hunter2" },
            Input = false,
        });

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo(
                "plan -out=/abs/p.tfplan -detailed-exitcode -parallelism=3 -destroy -var-file \"prod.tfvars\" -var \"db_password=hunter2\" -input=False"));
            Assert.That(harness.SafeArgs, Is.EqualTo(harness.Args));
        });
    }

    [Test]
    public void PlanRunnerReturnsNothingAndKeepsHasChanges()
    {
        harness.Runner.ExitCode = 2;
        var runner = new TerraformPlanRunner(harness.Context.FileSystem, harness.Context.Environment, harness.Runner, harness.Locator);

        runner.Run(new TerraformPlanSettings());

        Assert.That(runner.HasChanges, Is.True);
    }

    [Test]
    public void ApplyPutsFlagsAroundThePlanAsTheAddinDoes()
    {
        harness.Context.TerraformApply(new TerraformApplySettings
        {
            Destroy = true,
            AutoApprove = true,
            Plan = new FilePath("/abs/p.tfplan"),
            Parallelism = 2,
            InputVariablesFile = "a.tfvars",
            InputVariables = new Dictionary<string, string> { ["env"] = "prod" },
            Input = false,
        });

        Assert.That(harness.Args, Is.EqualTo(
            "apply -destroy -auto-approve \"/abs/p.tfplan\" -parallelism=2 -var-file \"a.tfvars\" -var \"env=prod\" -input=False"));
    }

    [Test]
    public void RefreshTakesSeveralVariableFiles()
    {
        var settings = new TerraformRefreshSettings
        {
            Plan = new FilePath("/abs/p.tfplan"),
            InputVariables = new Dictionary<string, string> { ["env"] = "prod" },
        };
        settings.InputVariablesFiles.Add("a.tfvars");
        settings.InputVariablesFiles.Add("b.tfvars");

        harness.Context.TerraformRefresh(settings);

        Assert.That(harness.Args, Is.EqualTo("refresh /abs/p.tfplan -var-file \"a.tfvars\" -var-file \"b.tfvars\" -var \"env=prod\""));
    }

    [Test]
    public void OutputIsPlainTextByDefaultAndTakesAStringStatePath()
    {
        harness.Runner.StandardOutput.AddRange(["bucket = \"b\"", "key = \"k\""]);

        var text = harness.Context.TerraformOutput(new TerraformOutputSettings { StatePath = "state/x.tfstate", OutputName = "bucket" });

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo("output -no-color -state=state/x.tfstate bucket"));
            Assert.That(text, Is.EqualTo("bucket = \"b\"\nkey = \"k\""));
        });
    }

    [TestCase(true, false, "output -no-color -json")]
    [TestCase(true, true, "output -no-color -raw")]
    public void RawWinsOverJson(bool json, bool raw, string expected)
    {
        harness.Context.TerraformOutput(new TerraformOutputSettings { Json = json, Raw = raw });

        Assert.That(harness.Args, Is.EqualTo(expected));
    }

    [Test]
    public void OutputThrowsOnTerraformsNotFoundTextUnlessTold()
    {
        harness.Runner.StandardOutput.AddRange([
            "The output variable requested could not be found in the state",
            "file. If you recently added this to your configuration, be",
            "sure to run `terraform apply`, since the state won't be updated",
            "with new output variables until that command is run.",
        ]);

        Assert.Throws<ArgumentException>(() => harness.Context.TerraformOutput(new TerraformOutputSettings()));
        Assert.That(harness.Context.TerraformOutput(new TerraformOutputSettings { ValidateToolOutput = false }), Does.StartWith("The output variable"));
    }

    [Test]
    public void WorkspaceCommandsUseWorkspaceOrEnv()
    {
        harness.Context.TerraformEnvNew("feature-x");
        harness.Context.TerraformEnvSelect(new TerraformEnvSelectSettings { Environment = "default", EnvCommand = TerraformEnvSettings.EnvCommandType.Env });
        harness.Context.TerraformEnvDelete(new TerraformEnvDeleteSettings { Environment = "feature-x", Force = true });

        Assert.That(harness.Runner.Starts.Select(start => start.Settings.Arguments.Render()), Is.EqualTo(new[]
        {
            "workspace new feature-x",
            "env select default",
            "workspace delete -force",
        }));
    }

    [Test]
    public void NewAndSelectNeedAName()
    {
        Assert.Throws<ArgumentException>(() => harness.Context.TerraformEnvNew(new TerraformEnvNewSettings()));
        Assert.Throws<ArgumentException>(() => harness.Context.TerraformEnvSelect(string.Empty));
    }

    [Test]
    public void EnvListReturnsTheNamesWithoutTheCurrentMarker()
    {
        harness.Runner.StandardOutput.AddRange(["  default", "* feature-x", string.Empty]);

        var names = harness.Context.TerraformEnvList(new TerraformEnvListSettings());

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo("workspace list"));
            Assert.That(names, Is.EqualTo(new[] { "default", "feature-x" }));
        });
    }

    [Test]
    public void FailureUsesCakesToolMessage()
    {
        harness.Runner.ExitCode = 1;

        var error = Assert.Throws<CakeException>(() => harness.Context.TerraformValidate());

        Assert.That(error!.Message, Is.EqualTo("Terraform: Process returned an error (exit code 1)."));
    }

    [Test]
    public void FindsTerraformByItsPlatformName()
    {
        harness.Context.TerraformValidate();

        Assert.That(harness.Locator.Asked, Is.EqualTo(new[] { OperatingSystem.IsWindows() ? "terraform.exe" : "terraform" }));
    }
}

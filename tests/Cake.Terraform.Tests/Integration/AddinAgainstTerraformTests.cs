using Cake.Core;
using Cake.Core.IO;
using Cake.Terraform.Apply;
using Cake.Terraform.EnvList;
using Cake.Terraform.Init;
using Cake.Terraform.Output;
using Cake.Terraform.Plan;
using Cake.Terraform.Tests.Fakes;
using Cake.Terraform.Validate;
using TestSupport;

namespace Cake.Terraform.Tests.Integration;

/// <summary>The addin's aliases drive the real terraform binary in a folder of built-in resources (no provider download).</summary>
[Category("Integration")]
public class AddinAgainstTerraformTests
{
    private const string MainTf = """
        resource "terraform_data" "item" {
          input = var.name
        }

        variable "name" {
          type = string
        }

        output "name" {
          value = terraform_data.item.output
        }

        """;

    private string dir = string.Empty;
    private FakeCakeContext context = null!;

    [SetUp]
    public void SetUp()
    {
        var terraform = LocalTools.Require("terraform");
        dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tfaddin-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(System.IO.Path.Combine(dir, "main.tf"), MainTf);
        context = FakeCakeContext.Real(new FakeToolLocator(new FilePath(terraform)), new FakeLog());
    }

    [TearDown]
    public void TearDown() => Directory.Delete(dir, recursive: true);

    [Test]
    public void InitPlanApplyOutput()
    {
        context.TerraformInit(In(new TerraformInitSettings { Input = false }));
        context.TerraformValidate(In(new TerraformValidateSettings()));
        var plan = System.IO.Path.Combine(dir, "first.tfplan");
        var changes = context.TerraformPlan(In(new TerraformPlanSettings
        {
            OutFile = plan,
            Input = false,
            InputVariables = new Dictionary<string, string> { ["name"] = "first" },
        }));
        context.TerraformApply(In(new TerraformApplySettings { Plan = plan }));

        Assert.Multiple(() =>
        {
            Assert.That(changes, Is.True);
            Assert.That(context.TerraformOutput(In(new TerraformOutputSettings { OutputName = "name", Raw = true })), Is.EqualTo("first"));
            Assert.That(context.TerraformOutput(In(new TerraformOutputSettings { Json = true })), Does.Contain("\"value\": \"first\""));
        });
    }

    [Test]
    public void FlagsAfterASavedPlanAreRefusedByTerraform()
    {
        context.TerraformInit(In(new TerraformInitSettings { Input = false }));
        var plan = System.IO.Path.Combine(dir, "first.tfplan");
        context.TerraformPlan(In(new TerraformPlanSettings
        {
            OutFile = plan,
            InputVariables = new Dictionary<string, string> { ["name"] = "first" },
        }));

        // The addin renders -input=False after the plan path, where Terraform takes no more flags.
        Assert.Throws<CakeException>(() => context.TerraformApply(In(new TerraformApplySettings { Plan = plan, Input = false })));
    }

    [Test]
    public void WorkspacesNewSelectList()
    {
        context.TerraformInit(In(new TerraformInitSettings { Input = false }));

        context.TerraformEnvNew(In(new EnvNew.TerraformEnvNewSettings { Environment = "feature-x" }));
        var afterNew = context.TerraformEnvList(In(new TerraformEnvListSettings()));
        context.TerraformEnvSelect(In(new EnvSelect.TerraformEnvSelectSettings { Environment = "default" }));

        Assert.Multiple(() =>
        {
            Assert.That(afterNew, Is.EqualTo(new[] { "default", "feature-x" }));
            Assert.Throws<CakeException>(
                () => context.TerraformEnvSelect(In(new EnvSelect.TerraformEnvSelectSettings { Environment = "missing" })));
        });
    }

    private T In<T>(T settings)
        where T : TerraformSettings
    {
        settings.WorkingDirectory = dir;
        return settings;
    }
}

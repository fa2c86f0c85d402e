using System.Text.Json;
using Build.Terraform;
using Cake.Core.IO;
using TestSupport;

namespace Build.Tests.Terraform.Integration;

[Category("Integration")]
public class TerraformCliTests
{
    private TerraformWorkdir work = null!;

    [SetUp]
    public void SetUp() => work = new TerraformWorkdir(LocalTools.Require("terraform"));

    [TearDown]
    public void TearDown() => work?.Dispose();

    [Test]
    public void InitAndFmtCheck()
    {
        work.Context.TerraformInit(work.Configure(new InitSettings()));

        Assert.That(work.Context.TerraformFmt(work.Configure(new FmtSettings { Check = true })), Is.True);

        const string unformatted = "resource \"terraform_data\" \"other\" {\ninput=\"y\"\n}\n";
        File.WriteAllText(work.PathOf("other.tf"), unformatted);
        var checkedOnce = work.Context.TerraformFmt(work.Configure(new FmtSettings { Check = true, Diff = true }));

        Assert.Multiple(() =>
        {
            Assert.That(checkedOnce, Is.False);
            Assert.That(File.ReadAllText(work.PathOf("other.tf")), Is.EqualTo(unformatted), "-check must not rewrite");
            Assert.That(work.Log.Lines, Has.Some.Contains("other.tf"));
        });

        Assert.Multiple(() =>
        {
            Assert.That(work.Context.TerraformFmt(work.Configure(new FmtSettings())), Is.False, "it rewrote a file");
            Assert.That(work.Context.TerraformFmt(work.Configure(new FmtSettings { Check = true })), Is.True);
        });
    }

    [Test]
    public void PlanReportsChangesUntilApplied()
    {
        work.Context.TerraformInit(work.Configure(new InitSettings()));
        var plan = new FilePath(work.PathOf("first.tfplan"));

        var before = work.Context.TerraformPlan(work.Configure(new PlanSettings { OutFile = plan }));
        work.Context.TerraformApply(work.Configure(new ApplySettings { Plan = plan }));
        var after = work.Context.TerraformPlan(work.Configure(new PlanSettings()));
        var outputs = JsonDocument.Parse(work.Context.TerraformOutput(work.Configure(new OutputSettings()))).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.True);
            Assert.That(after, Is.False);
            Assert.That(outputs.GetProperty("name").GetProperty("value").GetString(), Is.EqualTo("first"));
            Assert.That(outputs.GetProperty("password_length").GetProperty("value").GetInt32(), Is.Zero);
            Assert.That(work.Log.Lines, Has.None.Contains("password_length"), "captured output (it may hold secrets) is not logged");
        });
    }

    [Test]
    public void VariablesReachTerraformUnchangedAndSecretsStayOutOfTheLog()
    {
        const string tricky = "it's \"quoted\" \\ back\\\\slash\\ $HOME  two  spaces";
        const string secret = "s3cr3t-\"value\"";
        work.Context.TerraformInit(work.Configure(new InitSettings()));
        var varFile = work.PathOf("extra vars.tfvars");
        File.WriteAllText(varFile, "name = \"from-file\"\n");

        work.Context.TerraformApply(work.Configure(new ApplySettings
        {
            VariableFiles = { new FilePath(varFile) },
            Variables = { ["name"] = tricky, ["db_password"] = secret },
        }));
        var name = work.Context.TerraformOutput(work.Configure(new OutputSettings { OutputName = "name", Raw = true }));
        var length = work.Context.TerraformOutput(work.Configure(new OutputSettings { OutputName = "password_length", Raw = true }));

        Assert.Multiple(() =>
        {
            Assert.That(name, Is.EqualTo(tricky), "-var wins over -var-file and survives quoting");
            Assert.That(length, Is.EqualTo(secret.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(work.Log.Lines, Has.Some.Contains("[REDACTED]"));
            Assert.That(work.Log.Lines, Has.None.Contains("s3cr3t"));
        });
    }

    [Test]
    public void SavedDestroyPlanRemovesEverything()
    {
        work.Context.TerraformInit(work.Configure(new InitSettings()));
        work.Context.TerraformApply(work.Configure(new ApplySettings()));
        var applied = work.Context.TerraformShow(work.Configure(new ShowSettings { Json = true }));

        var plan = work.PathOf("destroy.tfplan");
        work.Context.TerraformPlan(work.Configure(new PlanSettings { Destroy = true, OutFile = plan }));
        work.Context.TerraformApply(work.Configure(new ApplySettings { Plan = plan }));
        var destroyed = work.Context.TerraformShow(work.Configure(new ShowSettings { Json = true }));

        Assert.Multiple(() =>
        {
            Assert.That(applied, Does.Contain("terraform_data.item"));
            Assert.That(destroyed, Does.Not.Contain("terraform_data.item"));
            Assert.That(work.Context.TerraformPlan(work.Configure(new PlanSettings())), Is.True);
        });
    }

    [Test]
    public void WorkingDirectoryWorksWithoutChangeDirectory()
    {
        var init = work.Configure(new InitSettings());
        var plan = work.Configure(new PlanSettings());
        init.ChangeDirectory = plan.ChangeDirectory = null;
        init.WorkingDirectory = plan.WorkingDirectory = new DirectoryPath(work.Dir);

        work.Context.TerraformInit(init);

        Assert.That(work.Context.TerraformPlan(plan), Is.True);
    }
}

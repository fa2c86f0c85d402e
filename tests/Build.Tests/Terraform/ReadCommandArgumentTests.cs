using Build.Terraform;
using Build.Tests.Terraform.Fakes;
using Cake.Core.IO;
using Cake.Core;

namespace Build.Tests.Terraform;

public class ReadCommandArgumentTests
{
    private FakeHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new FakeHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public void OutputIsJsonByDefaultAndReturnsStandardOutput()
    {
        harness.Runner.StandardOutput.AddRange(["{", "  \"a\": 1", "}"]);

        var json = harness.Context.TerraformOutput(new OutputSettings());

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo("output -no-color -json"));
            Assert.That(json, Is.EqualTo("{\n  \"a\": 1\n}"));
            Assert.That(harness.Runner.Last.RedirectStandardOutput, Is.True);
        });
    }

    [Test]
    public void OutputRawOfOneNameFromAStateFile()
    {
        harness.Context.TerraformOutput(new OutputSettings
        {
            OutputName = "bucket_name",
            Raw = true,
            StatePath = new FilePath("state/terraform.tfstate"),
        });

        Assert.That(harness.Args, Is.EqualTo($"output -no-color -state={harness.Under("state/terraform.tfstate")} -raw bucket_name"));
    }

    [Test]
    public void OutputOfAnUnknownNameThrows()
    {
        harness.Runner.ExitCode = 1;

        Assert.Throws<CakeException>(() => harness.Context.TerraformOutput(new OutputSettings { OutputName = "nope" }));
    }

    [Test]
    public void ShowRendersJsonAndThePlanFile()
    {
        harness.Runner.StandardOutput.Add("{\"format_version\":\"1.2\"}");

        var text = harness.Context.TerraformShow(new ShowSettings { Json = true, PlanFile = new FilePath("p.tfplan") });

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Is.EqualTo($"show -no-color -json {harness.Under("p.tfplan")}"));
            Assert.That(text, Is.EqualTo("{\"format_version\":\"1.2\"}"));
        });
    }
}

using Build.Terraform;
using Build.Tests.Terraform.Fakes;
using Cake.Core.IO;

namespace Build.Tests.Terraform;

public class InitArgumentTests
{
    private FakeHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new FakeHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public void DefaultsAreNonInteractive()
    {
        harness.Context.TerraformInit(new InitSettings { NoColor = true });

        Assert.That(harness.Args, Is.EqualTo("init -input=false -no-color"));
    }

    [Test]
    public void RendersBackendOptionsInOrder()
    {
        var settings = new InitSettings
        {
            NoColor = false,
            Backend = false,
            BackendConfigFiles = { new FilePath("backend.hcl") },
            BackendConfigOverrides = { ["bucket"] = "state bucket", ["region"] = "eu-west-1" },
            ForceReconfigure = true,
            ForceCopy = true,
            Upgrade = true,
            LockTimeout = TimeSpan.FromMinutes(2),
        };

        harness.Context.TerraformInit(settings);

        Assert.That(harness.Args, Is.EqualTo(
            "init -input=false -lock-timeout=120s -backend=false " +
            $"-backend-config={harness.Under("backend.hcl")} " +
            "-backend-config \"bucket=state bucket\" -backend-config \"region=eu-west-1\" " +
            "-reconfigure -force-copy -upgrade"));
    }

    [Test]
    public void UpgradeIsOffByDefault()
    {
        harness.Context.TerraformInit(new InitSettings());

        Assert.That(harness.Args, Does.Not.Contain("-upgrade"));
    }

    [Test]
    public void MasksSecretLookingBackendValues()
    {
        harness.Context.TerraformInit(new InitSettings
        {
            NoColor = true,
            BackendConfigOverrides = { ["access_key"] = "AKIASECRET", ["bucket"] = "b" },
        });

        Assert.Multiple(() =>
        {
            Assert.That(harness.Args, Does.Contain("\"access_key=AKIASECRET\""));
            Assert.That(harness.SafeArgs, Does.Not.Contain("AKIASECRET"));
            Assert.That(harness.SafeArgs, Is.EqualTo("init -input=false -no-color -backend-config [REDACTED] -backend-config \"bucket=b\""));
        });
    }
}

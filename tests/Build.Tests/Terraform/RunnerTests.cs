using Build.Terraform;
using Build.Tests.Terraform.Fakes;
using Cake.Core.IO;

namespace Build.Tests.Terraform;

public class RunnerTests
{
    private FakeHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new FakeHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public void FindsTheToolByItsNames()
    {
        harness.Context.TerraformInit(new InitSettings());

        Assert.Multiple(() =>
        {
            Assert.That(harness.Locator.Asked, Does.Contain("terraform"));
            Assert.That(harness.Runner.Starts[0].Tool.FullPath, Is.EqualTo(System.IO.Path.Combine(harness.Root, "terraform")));
        });
    }

    [Test]
    public void AlwaysRunsNonInteractivelyAndKeepsCallerVariables()
    {
        harness.Context.TerraformInit(new InitSettings
        {
            EnvironmentVariables =
            {
                ["TF_CLI_CONFIG_FILE"] = "/tmp/terraform.rc",
                ["AWS_PROFILE"] = "runtime",
                ["TF_IN_AUTOMATION"] = "",
            },
        });

        Assert.That(harness.Runner.Last.EnvironmentVariables, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["TF_INPUT"] = "0",
            ["TF_IN_AUTOMATION"] = "",
            ["TF_CLI_CONFIG_FILE"] = "/tmp/terraform.rc",
            ["AWS_PROFILE"] = "runtime",
        }));
    }

    [Test]
    public void ChangeDirectoryComesFirstAndIsQuotedWhenNeeded()
    {
        harness.Context.TerraformInit(new InitSettings { NoColor = true, ChangeDirectory = new DirectoryPath("my infra") });

        Assert.That(harness.Args, Is.EqualTo($"\"-chdir={harness.Under("my infra")}\" init -input=false -no-color"));
    }

    [Test]
    public void WorkingDirectoryStillWorks()
    {
        harness.Context.TerraformInit(new InitSettings { WorkingDirectory = new DirectoryPath(harness.Root) });

        Assert.That(harness.Runner.Last.WorkingDirectory.FullPath, Is.EqualTo(harness.Root));
    }

    [TestCase(false, true)]
    [TestCase(true, false)]
    public void NoColorFollowsTheTerminalUnlessSet(bool terminal, bool expectNoColor)
    {
        var runner = new InitCommand(harness.Context.FileSystem, harness.Context.Environment, harness.Runner, harness.Locator)
        {
            IsTerminal = () => terminal,
        };

        runner.Run(new InitSettings());
        runner.Run(new InitSettings { NoColor = !expectNoColor });

        Assert.Multiple(() =>
        {
            Assert.That(harness.Runner.Starts[0].Settings.Arguments.Render().Contains("-no-color"), Is.EqualTo(expectNoColor));
            Assert.That(harness.Runner.Starts[1].Settings.Arguments.Render().Contains("-no-color"), Is.EqualTo(!expectNoColor));
        });
    }
}

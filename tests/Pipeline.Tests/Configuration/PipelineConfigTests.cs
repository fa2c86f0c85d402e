using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

public class PipelineConfigTests
{
    private ConfigWorkspace workspace = null!;
    private PipelineConfig config = null!;

    [SetUp]
    public void SetUp()
    {
        workspace = new ConfigWorkspace();
        config = workspace.LoadText(ConfigWorkspace.Valid).GetOrThrow();
    }

    [TearDown]
    public void TearDown() => workspace.Dispose();

    [TestCase("develop", "preprod")]
    [TestCase("refs/heads/master", "prod")]
    [TestCase("main", "prod")]
    [TestCase("feature/x", null)]
    public void Finds_the_environment_of_a_branch(string branch, string? expected) =>
        Assert.That(config.EnvironmentForBranch(branch)?.Name, Is.EqualTo(expected));

    [Test]
    public void Ephemeral_environments_copy_their_base_with_their_own_stack()
    {
        var ephemeral = config.ForEphemeral("feature/login");

        Assert.That(ephemeral.StackName, Is.EqualTo("greeter-login"));
        Assert.That(ephemeral.RuntimeAccount, Is.EqualTo(config.Environment("preprod").RuntimeAccount));
        Assert.That(ephemeral.Terraform, Is.EqualTo("infra/environments/preprod"));
        Assert.That(ephemeral.IsProduction, Is.False);
    }

    [Test]
    public void Ephemeral_stacks_never_take_a_long_lived_stack_name() =>
        Assert.That(config.ForEphemeral("feature/prod").StackName, Does.StartWith("greeter-prod-").And.Not.EqualTo("greeter-prod"));

    [Test]
    public void Ephemeral_refuses_branches_outside_the_pattern() =>
        Assert.That(() => config.ForEphemeral("develop"), Throws.TypeOf<PipelineConfigException>().With.Message.Contains("feature/*"));

    [Test]
    public void Unknown_environment_lists_the_known_ones() =>
        Assert.That(() => config.Environment("qa"), Throws.TypeOf<PipelineConfigException>().With.Message.Contains("preprod, prod"));

    [Test]
    public void ForLocalEmulator_keeps_every_environment_in_its_own_accounts() =>
        Assert.That(config.ForLocalEmulator().Environments.Values.Select(e => (e.InfrastructureAccount, e.RuntimeAccount, e.Region)),
            Is.EqualTo(config.Environments.Values.Select(e => (e.InfrastructureAccount, e.RuntimeAccount, Pipeline.LocalAws.LocalAccounts.Region))));
}

using Pipeline.Configuration;
using Pipeline.GitFlow;

namespace Build.Tests;

public class RunPlanTests
{
    private static readonly PipelineConfig Config = RepositoryConfig.Load();

    private static RunPlan Decide(string target, GitFlowInput input, BuildOptions? options = null) =>
        RunPlan.Decide(target, options ?? new BuildOptions(), Config, input, new GitFlowPolicy());

    [TestCase(GitEvent.PullRequest, "feature/x", null, false)]
    [TestCase(GitEvent.Push, "develop", "preprod", true)]
    [TestCase(GitEvent.Push, "master", "prod", true)]
    [TestCase(GitEvent.Push, "main", "prod", true)]
    [TestCase(GitEvent.Push, "release/1.2.0", null, false)]
    [TestCase(GitEvent.Tag, "v1.2.0", null, false)]
    public void Ci_runs_what_the_policy_picks(GitEvent gitEvent, string branch, string? environment, bool deploys)
    {
        var plan = Decide("Ci", new GitFlowInput(gitEvent, branch, gitEvent == GitEvent.PullRequest ? "develop" : null), new BuildOptions { Aws = AwsMode.Real });
        Assert.That(plan.Environment?.Name, Is.EqualTo(environment));
        Assert.That(plan.Deploys, Is.EqualTo(deploys));
    }

    [Test]
    public void Default_rehearses_preprod_against_the_emulator()
    {
        var plan = Decide("Default", GitFlowInput.Local("feature/x"));
        Assert.That(plan.Target, Is.EqualTo(PipelineTarget.DeployPreprod));
        Assert.That(plan.IsRehearsal && plan.Deploys && plan.AppliesInfrastructure, Is.True);
    }

    [Test]
    public void Default_never_deploys_to_real_AWS() =>
        Assert.That(() => Decide("Default", GitFlowInput.Local("develop"), new BuildOptions { Aws = AwsMode.Real }),
            Throws.InvalidOperationException.With.Message.Contains("--target=DeployPreprod"));

    [TestCase("Build")]
    [TestCase("Test")]
    [TestCase("PullRequest")]
    public void Checks_never_need_AWS(string target) =>
        Assert.That(Decide(target, GitFlowInput.Local("develop")).NeedsAws, Is.False);

    [Test]
    public void Prod_from_a_feature_branch_is_refused_before_any_AWS_call() =>
        Assert.That(() => Decide("DeployProd", GitFlowInput.Local("feature/x"), new BuildOptions { Aws = AwsMode.Real, Confirm = true }),
            Throws.InvalidOperationException.With.Message.Contains("master"));

    [Test]
    public void Prod_from_a_pull_request_event_is_refused() =>
        Assert.That(() => Decide("DeployProd", new GitFlowInput(GitEvent.PullRequest, "master", "master"), new BuildOptions { Aws = AwsMode.Real }),
            Throws.InvalidOperationException.With.Message.Contains("pull-request"));

    [Test]
    public void A_local_run_against_real_prod_needs_confirm()
    {
        Assert.That(() => Decide("DeployProd", GitFlowInput.Local("master"), new BuildOptions { Aws = AwsMode.Real }),
            Throws.InvalidOperationException.With.Message.Contains("--confirm"));
        Assert.That(Decide("DeployProd", GitFlowInput.Local("master"), new BuildOptions { Aws = AwsMode.Real, Confirm = true }).Environment!.Name, Is.EqualTo("prod"));
    }

    [Test]
    public void DestroyEnvironment_needs_an_environment_and_confirm_for_prod()
    {
        Assert.That(() => Decide("DestroyEnvironment", GitFlowInput.Local("develop")), Throws.InvalidOperationException.With.Message.Contains("--env="));
        Assert.That(() => Decide("DestroyEnvironment", GitFlowInput.Local("develop"), new BuildOptions { Environment = "prod" }),
            Throws.InvalidOperationException.With.Message.Contains("--confirm"));
        var plan = Decide("DestroyEnvironment", GitFlowInput.Local("develop"), new BuildOptions { Environment = "preprod" });
        Assert.That(plan.DestroysStack && plan.DestroysInfrastructure && !plan.Deploys, Is.True);
    }

    [Test]
    public void Rollback_needs_an_environment_and_from_a_machine_confirm_for_prod()
    {
        Assert.That(() => Decide("Rollback", GitFlowInput.Local("develop")), Throws.InvalidOperationException.With.Message.Contains("--env="));
        Assert.That(() => Decide("Rollback", GitFlowInput.Local("develop"), new BuildOptions { Aws = AwsMode.Real, Environment = "prod" }),
            Throws.InvalidOperationException.With.Message.Contains("--confirm"));
        var plan = Decide("Rollback", GitFlowInput.Local("develop"), new BuildOptions { Environment = "prod", ToVersion = "3" });
        Assert.That(plan.RollsBack && plan.NeedsAws && !plan.Deploys && !plan.DestroysStack, Is.True);
        Assert.That(plan.Environment!.Name, Is.EqualTo("prod"));
    }

    [Test]
    public void Ephemeral_stacks_are_named_from_the_branch_and_skip_the_shared_apply()
    {
        var plan = Decide("DeployEphemeral", GitFlowInput.Local("feature/Login-Page"));
        Assert.That(plan.Environment!.StackName, Does.Match("^greeter-login-page-[0-9a-f]{8}$"));
        Assert.That(plan.Deploys && !plan.AppliesInfrastructure, Is.True);
    }
}

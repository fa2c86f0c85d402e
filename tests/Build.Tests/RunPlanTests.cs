using Build.Graph;
using Build.Tasks.Targets;
using Pipeline.Configuration;
using Pipeline.GitFlow;

namespace Build.Tests;

public class RunPlanTests
{
    private static readonly PipelineConfig Config = RepositoryConfig.Load();

    private static RunPlan Decide(Type target, GitFlowInput input, BuildOptions? options = null) =>
        RunPlan.Decide(target, options ?? new BuildOptions(), Config, input, new GitFlowPolicy());

    [TestCase(GitEvent.PullRequest, "feature/x", typeof(PullRequest), null)]
    [TestCase(GitEvent.Push, "develop", typeof(DeployPreprod), "preprod")]
    [TestCase(GitEvent.Push, "master", typeof(DeployProd), "prod")]
    [TestCase(GitEvent.Push, "main", typeof(DeployProd), "prod")]
    [TestCase(GitEvent.Push, "release/1.2.0", typeof(PullRequest), null)]
    [TestCase(GitEvent.Tag, "v1.2.0", typeof(PullRequest), null)]
    public void Ci_becomes_the_target_the_policy_picks_and_that_target_is_allowed(GitEvent gitEvent, string branch, Type expected, string? environment)
    {
        var input = new GitFlowInput(gitEvent, branch, gitEvent == GitEvent.PullRequest ? "develop" : null);
        var target = TargetCatalog.For(new GitFlowPolicy().Choose(input).Target);
        Assert.That(target, Is.EqualTo(expected));
        Assert.That(Decide(target, input, new BuildOptions { Aws = AwsMode.Real }).Environment?.Name, Is.EqualTo(environment));
    }

    [Test]
    public void Default_rehearses_preprod_against_the_emulator()
    {
        var plan = Decide(typeof(Default), GitFlowInput.Local("feature/x"));
        Assert.That(plan.Target, Is.EqualTo(PipelineTarget.DeployPreprod));
        Assert.That(plan.Environment!.Name, Is.EqualTo("preprod"));
    }

    [Test]
    public void Default_never_deploys_to_real_AWS() =>
        Assert.That(() => Decide(typeof(Default), GitFlowInput.Local("develop"), new BuildOptions { Aws = AwsMode.Real }),
            Throws.InvalidOperationException.With.Message.Contains("--target=DeployPreprod"));

    [TestCase(typeof(Tasks.Compile.Build))]
    [TestCase(typeof(PullRequest))]
    [TestCase(typeof(Tasks.Targets.Graph))]
    public void Checks_act_on_no_environment(Type target) =>
        Assert.That(Decide(target, GitFlowInput.Local("develop")).Environment, Is.Null);

    [Test]
    public void The_permission_proof_is_no_pipeline_target_and_deploys_nothing()
    {
        var plan = Decide(typeof(Permissions), GitFlowInput.Local("feature/x"));

        Assert.That(plan.Target, Is.Null, "not run as a PullRequest pipeline target");
        Assert.That(plan.Decision, Is.Null);
        Assert.That(plan.Environment, Is.Null);
    }

    [Test]
    public void Prod_from_a_feature_branch_is_refused_before_any_AWS_call() =>
        Assert.That(() => Decide(typeof(DeployProd), GitFlowInput.Local("feature/x"), new BuildOptions { Aws = AwsMode.Real, Confirm = true }),
            Throws.InvalidOperationException.With.Message.Contains("master"));

    [Test]
    public void Prod_from_a_pull_request_event_is_refused() =>
        Assert.That(() => Decide(typeof(DeployProd), new GitFlowInput(GitEvent.PullRequest, "master", "master"), new BuildOptions { Aws = AwsMode.Real }),
            Throws.InvalidOperationException.With.Message.Contains("pull-request"));

    [Test]
    public void A_local_run_against_real_prod_needs_confirm()
    {
        Assert.That(() => Decide(typeof(DeployProd), GitFlowInput.Local("master"), new BuildOptions { Aws = AwsMode.Real }),
            Throws.InvalidOperationException.With.Message.Contains("--confirm"));
        Assert.That(Decide(typeof(DeployProd), GitFlowInput.Local("master"), new BuildOptions { Aws = AwsMode.Real, Confirm = true }).Environment!.Name, Is.EqualTo("prod"));
    }

    [Test]
    public void DestroyEnvironment_needs_an_environment_and_confirm_for_prod()
    {
        Assert.That(() => Decide(typeof(DestroyEnvironment), GitFlowInput.Local("develop")), Throws.InvalidOperationException.With.Message.Contains("--env="));
        Assert.That(() => Decide(typeof(DestroyEnvironment), GitFlowInput.Local("develop"), new BuildOptions { Environment = "prod" }),
            Throws.InvalidOperationException.With.Message.Contains("--confirm"));
        var plan = Decide(typeof(DestroyEnvironment), GitFlowInput.Local("develop"), new BuildOptions { Environment = "preprod" });
        Assert.That(plan.Target, Is.EqualTo(PipelineTarget.DestroyEnvironment));
        Assert.That(plan.Environment!.Name, Is.EqualTo("preprod"));
    }

    [Test]
    public void Rollback_needs_an_environment_and_from_a_machine_confirm_for_prod()
    {
        Assert.That(() => Decide(typeof(Rollback), GitFlowInput.Local("develop")), Throws.InvalidOperationException.With.Message.Contains("--env="));
        Assert.That(() => Decide(typeof(Rollback), GitFlowInput.Local("develop"), new BuildOptions { Aws = AwsMode.Real, Environment = "prod" }),
            Throws.InvalidOperationException.With.Message.Contains("--confirm"));
        var plan = Decide(typeof(Rollback), GitFlowInput.Local("develop"), new BuildOptions { Environment = "prod", ToVersion = "3" });
        Assert.That(plan.Target, Is.EqualTo(PipelineTarget.Rollback));
        Assert.That(plan.Environment!.Name, Is.EqualTo("prod"));
    }

    [Test]
    public void Ephemeral_stacks_are_named_from_the_branch() =>
        Assert.That(Decide(typeof(DeployEphemeral), GitFlowInput.Local("feature/Login-Page")).Environment!.StackName, Does.Match("^greeter-login-page-[0-9a-f]{8}$"));
}

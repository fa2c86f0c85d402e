using Build.Tasks.Targets;
using Pipeline.Configuration;
using Pipeline.GitFlow;

namespace Build.Tests;

/// <summary>RunPlan's refusals word for word, and the branch an ephemeral target acts on.</summary>
public class RunPlanMessagesTests
{
    private static readonly PipelineConfig Config = RepositoryConfig.Load();

    [Test]
    public void Default_against_real_AWS_says_which_target_to_name() =>
        Assert.That(() => Decide(typeof(Default), GitFlowInput.Local("develop"), new BuildOptions { Aws = AwsMode.Real }, Config),
            Throws.InvalidOperationException.With.Message.EqualTo("The Default target rehearses the pipeline against the local emulator only. " +
                "With --aws=real name what you want: --target=PullRequest, --target=DeployPreprod or --target=DeployProd."));

    [Test]
    public void Rollback_and_destroy_without_env_list_the_environments()
    {
        Assert.That(() => Decide(typeof(Rollback), GitFlowInput.Local("develop"), new BuildOptions(), Config), Throws.InvalidOperationException.With.Message.EqualTo(
            "Rollback needs the environment whose alias moves back: add --env=NAME (one of: preprod, prod)."));
        Assert.That(() => Decide(typeof(DestroyEnvironment), GitFlowInput.Local("develop"), new BuildOptions(), Config), Throws.InvalidOperationException.With.Message.EqualTo(
            "DestroyEnvironment needs the environment to tear down: add --env=NAME (one of: preprod, prod)."));
    }

    [Test]
    public void The_branch_option_names_the_ephemeral_stack_over_the_checked_out_branch()
    {
        var plan = Decide(typeof(DeployEphemeral), GitFlowInput.Local("feature/checked-out"), new BuildOptions { Branch = "feature/named" }, Config);

        Assert.That(plan.Environment!.StackName, Is.EqualTo("greeter-named"));
    }

    [Test]
    public void Preprod_without_an_environment_on_develop_names_the_file_and_the_fix()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryConfig.Root, "pipeline.json")).Replace("\"branch\": \"develop\"", "\"branch\": \"staging\"", StringComparison.Ordinal);
        var config = PipelineConfigLoader.Parse(json, "pipeline.json", RepositoryConfig.Root).GetOrThrow();

        var error = Assert.Throws<PipelineConfigException>(() => Decide(typeof(DeployPreprod), GitFlowInput.Local("develop"), new BuildOptions(), config));

        Assert.That(error!.Message, Does.Contain("pipeline.json").And.Contain("environments").And.Contain("no environment deploys from 'develop'.")
            .And.Contain("Add an environment with \"branch\": \"develop\"."));
    }

    private static RunPlan Decide(Type target, GitFlowInput input, BuildOptions options, PipelineConfig config) =>
        RunPlan.Decide(target, options, config, input, new GitFlowPolicy());
}

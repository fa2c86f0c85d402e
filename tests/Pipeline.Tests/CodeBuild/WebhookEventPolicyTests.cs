using Pipeline.CodeBuild;
using Pipeline.GitFlow;

namespace Pipeline.Tests.CodeBuild;

/// <summary>
/// Every CODEBUILD_WEBHOOK_EVENT value CodeBuild sends, from the variables through the provider to the GitFlow
/// policy: which event the policy sees, which target CI chooses, and which AWS-changing targets it refuses.
/// </summary>
public class WebhookEventPolicyTests
{
    private const string Build = "CODEBUILD_BUILD_ID=greeter:6a7b;CODEBUILD_INITIATOR=GitHub-Hookshot/abc;";

    private static readonly PipelineTarget[] ChangingTargets =
    [
        PipelineTarget.DeployPreprod, PipelineTarget.DeployProd, PipelineTarget.DeployEphemeral,
        PipelineTarget.DestroyEphemeral, PipelineTarget.DestroyEnvironment,
    ];

    private readonly GitFlowPolicy policy = new();

    [TestCase("PULL_REQUEST_CREATED", "refs/heads/master", "refs/heads/develop")]
    [TestCase("PULL_REQUEST_UPDATED", "refs/heads/develop", "refs/heads/master")]
    [TestCase("PULL_REQUEST_REOPENED", "refs/heads/feature/x", "refs/heads/develop")]
    [TestCase("PULL_REQUEST_MERGED", "refs/heads/release/1.2", "refs/heads/main")]
    [TestCase("PULL_REQUEST_CLOSED", "refs/heads/master", "refs/heads/develop")]
    public void Pull_request_events_only_check_whatever_the_branches(string webhookEvent, string head, string baseRef)
    {
        var provider = Provider($"CODEBUILD_WEBHOOK_EVENT={webhookEvent};CODEBUILD_WEBHOOK_HEAD_REF={head};CODEBUILD_WEBHOOK_BASE_REF={baseRef};CODEBUILD_WEBHOOK_TRIGGER=pr/9");

        var input = provider.ToGitFlowInput("from-git");

        Assert.That(provider.Environment.IsPullRequest, Is.True);
        Assert.That(input, Is.EqualTo(new GitFlowInput(GitEvent.PullRequest, GitFlowBranches.Normalize(head), GitFlowBranches.Normalize(baseRef)) { PullRequestNumber = 9 }));
        AssertChecksOnly(input, "pull-request builds never change AWS.", "Merge the pull request; the push build deploys.");
        Assert.That(policy.Choose(input).Reason, Does.EndWith("pull requests are checked, never deployed."));
    }

    [TestCase("PUSH", "CODEBUILD_WEBHOOK_HEAD_REF=refs/tags/v1.2.3")]
    [TestCase("RELEASED", "CODEBUILD_WEBHOOK_HEAD_REF=refs/tags/v1.2.3")]
    [TestCase("PRERELEASED", "CODEBUILD_WEBHOOK_HEAD_REF=refs/tags/v1.2.3")]
    [TestCase("RELEASED", "CODEBUILD_WEBHOOK_TRIGGER=tag/v1.2.3")]
    [TestCase("PRERELEASED", "CODEBUILD_WEBHOOK_TRIGGER=tag/v1.2.3")]
    public void Tag_and_release_events_only_check(string webhookEvent, string reference)
    {
        var provider = Provider($"CODEBUILD_WEBHOOK_EVENT={webhookEvent};{reference}");

        var input = provider.ToGitFlowInput("master");

        Assert.That(provider.Environment.IsPullRequest, Is.False);
        Assert.That(provider.Environment.Branch, Is.Null);
        Assert.That(input, Is.EqualTo(new GitFlowInput(GitEvent.Tag, "v1.2.3") { Tag = "v1.2.3" }));
        AssertChecksOnly(input, "tag builds never change AWS.", "Deploy by pushing (merging) to the environment's branch.");
        Assert.That(policy.Choose(input).Reason, Does.EndWith("tags are built and checked; deployments follow branches."));
    }

    // Events that are neither a push nor a pull request become manual runs: CI chooses build-and-check, and a
    // guarded target still needs the confirmation no CI build passes.
    [TestCase("WORKFLOW_JOB_QUEUED", CodeBuildWebhookEvent.WorkflowJobQueued)]
    [TestCase("RELEASED", CodeBuildWebhookEvent.Released)]
    [TestCase("PRERELEASED", CodeBuildWebhookEvent.Prereleased)]
    [TestCase("SOMETHING_NEW", CodeBuildWebhookEvent.Unknown)]
    [TestCase("push", CodeBuildWebhookEvent.Unknown)]
    [TestCase("", CodeBuildWebhookEvent.None)]
    public void Other_events_are_manual_runs_that_deploy_nothing_unconfirmed(string webhookEvent, CodeBuildWebhookEvent typed)
    {
        var provider = Provider($"CODEBUILD_WEBHOOK_EVENT={webhookEvent};CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/master");

        var input = provider.ToGitFlowInput("develop");

        Assert.That(provider.Environment.WebhookEvent, Is.EqualTo(typed));
        Assert.That(provider.Environment.IsPullRequest, Is.False);
        Assert.That(input, Is.EqualTo(new GitFlowInput(GitEvent.Manual, "master")));
        var chosen = policy.Choose(input);
        Assert.That(chosen.Target, Is.EqualTo(PipelineTarget.PullRequest));
        Assert.That(chosen.Reason, Is.EqualTo("manual run on 'master': a run without a target only builds and checks."));
        var prod = policy.Authorize(input, new TargetRequest(PipelineTarget.DeployProd, RealAws: true));
        Assert.That(prod.Allowed, Is.False, prod.ToString());
        var destroy = policy.Authorize(input, new TargetRequest(PipelineTarget.DestroyEnvironment, RealAws: true, ProtectedEnvironment: true));
        Assert.That(destroy.Allowed, Is.False, destroy.ToString());
    }

    [TestCase("WORKFLOW_JOB_QUEUED")]
    [TestCase("SOMETHING_NEW")]
    [TestCase("")]
    public void A_tag_under_an_event_that_is_not_a_tag_event_is_not_taken_for_a_tag_build(string webhookEvent)
    {
        var input = Provider($"CODEBUILD_WEBHOOK_EVENT={webhookEvent};CODEBUILD_WEBHOOK_HEAD_REF=refs/tags/v1.2.3").ToGitFlowInput("from-git");

        Assert.That(input, Is.EqualTo(new GitFlowInput(GitEvent.Manual, "from-git")));
    }

    [TestCase("refs/heads/develop", PipelineTarget.DeployPreprod, "push to 'develop': develop deploys preprod.")]
    [TestCase("refs/heads/master", PipelineTarget.DeployProd, "push to 'master': master deploys prod.")]
    [TestCase("refs/heads/main", PipelineTarget.DeployProd, "push to 'main': main deploys prod.")]
    [TestCase("refs/heads/feature/login", PipelineTarget.PullRequest, "push to 'feature/login': feature branches are checked; ask for DeployEphemeral to get a stack.")]
    [TestCase("refs/heads/release/1.2", PipelineTarget.PullRequest, "push to 'release/1.2': release, hotfix and other branches are checked, not deployed.")]
    [TestCase("refs/heads/hotfix/crash", PipelineTarget.PullRequest, "push to 'hotfix/crash': release, hotfix and other branches are checked, not deployed.")]
    public void Push_events_deploy_only_the_environment_branches(string head, PipelineTarget expected, string reason)
    {
        var input = Provider($"CODEBUILD_WEBHOOK_EVENT=PUSH;CODEBUILD_WEBHOOK_HEAD_REF={head}").ToGitFlowInput("from-git");

        var chosen = policy.Choose(input);

        Assert.That(input.Event, Is.EqualTo(GitEvent.Push));
        Assert.That(chosen, Is.EqualTo(TargetDecision.Allow(expected, reason)));
        Assert.That(policy.Authorize(input, new TargetRequest(expected, RealAws: true)).Allowed, Is.True);
        foreach (var target in ChangingTargets.Where(t => t != expected && t is not (PipelineTarget.DeployEphemeral or PipelineTarget.DestroyEphemeral)))
        {
            var decision = policy.Authorize(input, new TargetRequest(target, RealAws: true, Confirmed: true, ProtectedEnvironment: true));
            Assert.That(decision.Allowed, Is.False, $"{target}: {decision}");
        }
    }

    [Test]
    public void A_push_never_destroys_a_long_lived_environment_even_confirmed()
    {
        var input = Provider("CODEBUILD_WEBHOOK_EVENT=PUSH;CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/develop").ToGitFlowInput();

        var decision = policy.Authorize(input, new TargetRequest(PipelineTarget.DestroyEnvironment, RealAws: true, Confirmed: true));

        Assert.That(decision, Is.EqualTo(TargetDecision.Refuse(PipelineTarget.DestroyEnvironment,
            "push to 'develop': CI never destroys a long-lived environment.", "Run DestroyEnvironment by hand, from a machine with access.")));
    }

    [Test]
    public void The_event_name_is_trimmed_before_it_is_typed() =>
        Assert.That(Provider("CODEBUILD_WEBHOOK_EVENT= PUSH ").Environment.WebhookEvent, Is.EqualTo(CodeBuildWebhookEvent.Push));

    private void AssertChecksOnly(GitFlowInput input, string reason, string fix)
    {
        var chosen = policy.Choose(input);
        Assert.That(chosen.Target, Is.EqualTo(PipelineTarget.PullRequest));
        Assert.That(chosen.Allowed, Is.True);
        Assert.That(policy.Authorize(input, new TargetRequest(PipelineTarget.PullRequest, RealAws: true)).Allowed, Is.True);
        foreach (var target in ChangingTargets)
        {
            var decision = policy.Authorize(input, new TargetRequest(target, RealAws: true, Confirmed: true, ProtectedEnvironment: false));
            Assert.That(decision, Is.EqualTo(TargetDecision.Refuse(target, $"{input}: {reason}", fix)));
        }
    }

    private static CodeBuildProvider Provider(string variables) => CodeBuildProviderTests.Provider(Build + variables);
}

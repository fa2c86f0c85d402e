using Pipeline.GitFlow;

namespace Pipeline.Tests.GitFlow;

public class GitFlowPolicyTests
{
    private readonly GitFlowPolicy policy = new();

    [TestCase(GitEvent.PullRequest, "feature/x", "develop", PipelineTarget.PullRequest)]
    [TestCase(GitEvent.PullRequest, "release/1.2", "master", PipelineTarget.PullRequest)]
    [TestCase(GitEvent.PullRequest, "develop", "master", PipelineTarget.PullRequest)]
    [TestCase(GitEvent.Push, "develop", null, PipelineTarget.DeployPreprod)]
    [TestCase(GitEvent.Push, "refs/heads/develop", null, PipelineTarget.DeployPreprod)]
    [TestCase(GitEvent.Push, "master", null, PipelineTarget.DeployProd)]
    [TestCase(GitEvent.Push, "main", null, PipelineTarget.DeployProd)]
    [TestCase(GitEvent.Push, "feature/login", null, PipelineTarget.PullRequest)]
    [TestCase(GitEvent.Push, "release/1.2", null, PipelineTarget.PullRequest)]
    [TestCase(GitEvent.Push, "hotfix/crash", null, PipelineTarget.PullRequest)]
    [TestCase(GitEvent.Push, "experiment", null, PipelineTarget.PullRequest)]
    [TestCase(GitEvent.Tag, "v1.2.3", null, PipelineTarget.PullRequest)]
    [TestCase(GitEvent.Manual, "master", null, PipelineTarget.PullRequest)]
    public void Chooses_the_target_for_an_event(GitEvent gitEvent, string branch, string? baseBranch, PipelineTarget expected)
    {
        var decision = policy.Choose(new GitFlowInput(gitEvent, branch, baseBranch));

        Assert.That(decision.Target, Is.EqualTo(expected));
        Assert.That(decision.Allowed, Is.True);
        Assert.That(decision.Reason, Is.Not.Empty);
    }

    // event, branch, target, realAws, confirmed, protected, allowed
    [TestCase(GitEvent.Push, "master", PipelineTarget.DeployProd, true, false, false, true)]
    [TestCase(GitEvent.Push, "main", PipelineTarget.DeployProd, true, false, false, true)]
    [TestCase(GitEvent.Push, "develop", PipelineTarget.DeployProd, true, false, false, false)]
    [TestCase(GitEvent.Push, "release/1.0", PipelineTarget.DeployProd, true, true, false, false)]
    [TestCase(GitEvent.PullRequest, "master", PipelineTarget.DeployProd, true, true, false, false)]
    [TestCase(GitEvent.Tag, "v1.0.0", PipelineTarget.DeployProd, true, true, false, false)]
    [TestCase(GitEvent.Manual, "master", PipelineTarget.DeployProd, true, false, false, false)]
    [TestCase(GitEvent.Manual, "master", PipelineTarget.DeployProd, true, true, false, true)]
    [TestCase(GitEvent.Manual, "master", PipelineTarget.DeployProd, false, false, false, true)]
    [TestCase(GitEvent.Manual, "feature/x", PipelineTarget.DeployProd, false, true, false, false)]
    [TestCase(GitEvent.Push, "develop", PipelineTarget.DeployPreprod, true, false, false, true)]
    [TestCase(GitEvent.Push, "feature/x", PipelineTarget.DeployPreprod, true, false, false, false)]
    [TestCase(GitEvent.PullRequest, "develop", PipelineTarget.DeployPreprod, true, false, false, false)]
    [TestCase(GitEvent.Manual, "feature/x", PipelineTarget.DeployPreprod, false, false, false, true)]
    [TestCase(GitEvent.Manual, "feature/x", PipelineTarget.DeployPreprod, true, false, false, false)]
    [TestCase(GitEvent.Manual, "feature/x", PipelineTarget.DeployPreprod, true, true, false, true)]
    [TestCase(GitEvent.Manual, "feature/x", PipelineTarget.DeployEphemeral, true, false, false, true)]
    [TestCase(GitEvent.Push, "feature/x", PipelineTarget.DeployEphemeral, true, false, false, true)]
    [TestCase(GitEvent.Manual, "feature/x", PipelineTarget.DestroyEphemeral, true, false, false, true)]
    [TestCase(GitEvent.Manual, "develop", PipelineTarget.DeployEphemeral, true, false, false, false)]
    [TestCase(GitEvent.Manual, "feature/", PipelineTarget.DeployEphemeral, true, false, false, false)]
    [TestCase(GitEvent.PullRequest, "feature/x", PipelineTarget.DeployEphemeral, true, false, false, false)]
    [TestCase(GitEvent.Manual, "develop", PipelineTarget.DestroyEnvironment, true, false, false, true)]
    [TestCase(GitEvent.Manual, "develop", PipelineTarget.DestroyEnvironment, true, false, true, false)]
    [TestCase(GitEvent.Manual, "develop", PipelineTarget.DestroyEnvironment, false, false, true, false)]
    [TestCase(GitEvent.Manual, "develop", PipelineTarget.DestroyEnvironment, true, true, true, true)]
    [TestCase(GitEvent.Push, "master", PipelineTarget.DestroyEnvironment, true, true, true, false)]
    [TestCase(GitEvent.Manual, "develop", PipelineTarget.Rollback, true, false, false, true)]
    [TestCase(GitEvent.Manual, "feature/x", PipelineTarget.Rollback, true, false, true, false)]
    [TestCase(GitEvent.Manual, "feature/x", PipelineTarget.Rollback, true, true, true, true)]
    [TestCase(GitEvent.Manual, "feature/x", PipelineTarget.Rollback, false, false, true, true)]
    [TestCase(GitEvent.PullRequest, "develop", PipelineTarget.Rollback, true, true, false, false)]
    [TestCase(GitEvent.Push, "master", PipelineTarget.Rollback, true, true, true, false)]
    [TestCase(GitEvent.PullRequest, "feature/x", PipelineTarget.PullRequest, true, false, false, true)]
    [TestCase(GitEvent.Tag, "v1.0.0", PipelineTarget.PullRequest, true, false, false, true)]
    public void Authorizes_requested_targets(GitEvent gitEvent, string branch, PipelineTarget target, bool realAws, bool confirmed, bool protectedEnvironment, bool allowed)
    {
        var input = new GitFlowInput(gitEvent, branch, gitEvent == GitEvent.PullRequest ? "develop" : null);

        var decision = policy.Authorize(input, new TargetRequest(target, realAws, confirmed, protectedEnvironment));

        Assert.That(decision.Allowed, Is.EqualTo(allowed), decision.ToString());
        Assert.That(decision.Target, Is.EqualTo(target));
        if (!allowed)
        {
            Assert.That(decision.Fix, Is.Not.Null.And.Not.Empty, "a refusal says what to do");
            Assert.That(() => decision.ThrowIfRefused(), Throws.InvalidOperationException.With.Message.Contains(decision.Fix));
        }
    }

    [Test]
    public void Refusal_of_a_local_prod_deploy_names_the_confirm_flag()
    {
        var decision = policy.Authorize(GitFlowInput.Local("master"), new TargetRequest(PipelineTarget.DeployProd, RealAws: true));

        Assert.That(decision.ToString(), Does.Contain("--confirm").And.Contain("DeployProd refused"));
    }
}

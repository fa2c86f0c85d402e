using Pipeline.GitFlow;

namespace Pipeline.Tests.GitFlow;

/// <summary>
/// The policy's answers word for word: a refusal is what a developer reads when the pipeline stops, so each one
/// must name the run, the rule and the fix.
/// </summary>
public class GitFlowPolicyMessagesTests
{
    private readonly GitFlowPolicy policy = new();

    [Test]
    public void Refusals_name_the_run_the_rule_and_the_fix()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Authorize(GitEvent.Push, "master", PipelineTarget.DeployPreprod), Is.EqualTo(Refused(PipelineTarget.DeployPreprod,
                "push to 'master': only pushes to develop deploy preprod.", "Merge into develop.")));
            Assert.That(Authorize(GitEvent.Manual, "feature/x", PipelineTarget.DeployPreprod, realAws: true), Is.EqualTo(Refused(PipelineTarget.DeployPreprod,
                "manual run on 'feature/x': only develop deploys preprod to real AWS.", "Check out develop, or pass --confirm to deploy 'feature/x' to preprod on purpose.")));
            Assert.That(Authorize(GitEvent.Manual, "develop", PipelineTarget.DeployProd), Is.EqualTo(Refused(PipelineTarget.DeployProd,
                "manual run on 'develop': only master or main deploys prod.", "Merge a release into master (or main) and deploy from there.")));
            Assert.That(Authorize(GitEvent.Manual, "main", PipelineTarget.DeployProd, realAws: true), Is.EqualTo(Refused(PipelineTarget.DeployProd,
                "manual run on 'main': a local run against the real prod account needs an explicit confirmation.",
                "Pass --confirm if you mean to deploy prod from this machine; CodeBuild deploys it on every push.")));
            Assert.That(Authorize(GitEvent.Manual, "release/1.0", PipelineTarget.DestroyEphemeral), Is.EqualTo(Refused(PipelineTarget.DestroyEphemeral,
                "manual run on 'release/1.0': only feature/* branches have ephemeral stacks.", "Run from a feature/<name> branch.")));
            Assert.That(Authorize(GitEvent.Manual, "master", PipelineTarget.DestroyEnvironment, realAws: true, isProtected: true), Is.EqualTo(Refused(PipelineTarget.DestroyEnvironment,
                "manual run on 'master': destroying a production environment needs an explicit confirmation.", "Pass --confirm if you really mean to delete prod.")));
            Assert.That(Authorize(GitEvent.Push, "master", PipelineTarget.Rollback, realAws: true, isProtected: true), Is.EqualTo(Refused(PipelineTarget.Rollback,
                "push to 'master': CI never rolls an environment back on its own.", "Run --target=Rollback --env=NAME by hand; a failed release already rolled itself back.")));
            Assert.That(Authorize(GitEvent.Manual, "master", PipelineTarget.Rollback, realAws: true, isProtected: true), Is.EqualTo(Refused(PipelineTarget.Rollback,
                "manual run on 'master': rolling back production from a machine needs an explicit confirmation.", "Pass --confirm if you mean to move prod's alias from this machine.")));
        });
    }

    [Test]
    public void Allowed_runs_say_why()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Authorize(GitEvent.Manual, "feature/x", PipelineTarget.PullRequest), Is.EqualTo(Allowed(PipelineTarget.PullRequest, "manual run on 'feature/x': build and check only.")));
            Assert.That(Authorize(GitEvent.Manual, "develop", PipelineTarget.DeployPreprod, realAws: true), Is.EqualTo(Allowed(PipelineTarget.DeployPreprod, "manual run on 'develop': develop deploys preprod.")));
            Assert.That(Authorize(GitEvent.Manual, "feature/x", PipelineTarget.DeployPreprod), Is.EqualTo(Allowed(PipelineTarget.DeployPreprod, "manual run on 'feature/x': local emulator, any branch may rehearse preprod.")));
            Assert.That(Authorize(GitEvent.Manual, "feature/x", PipelineTarget.DeployPreprod, realAws: true, confirmed: true), Is.EqualTo(Allowed(PipelineTarget.DeployPreprod, "manual run on 'feature/x': confirmed run against real AWS, any branch may rehearse preprod.")));
            Assert.That(Authorize(GitEvent.Push, "refs/heads/main", PipelineTarget.DeployProd, realAws: true), Is.EqualTo(Allowed(PipelineTarget.DeployProd, "push to 'refs/heads/main': main deploys prod.")));
            Assert.That(Authorize(GitEvent.Manual, "feature/x", PipelineTarget.DeployEphemeral), Is.EqualTo(Allowed(PipelineTarget.DeployEphemeral, "manual run on 'feature/x': feature branches may have their own stack.")));
            Assert.That(Authorize(GitEvent.Manual, "develop", PipelineTarget.DestroyEnvironment, isProtected: false), Is.EqualTo(Allowed(PipelineTarget.DestroyEnvironment, "manual run on 'develop': destroy requested by hand.")));
            Assert.That(Authorize(GitEvent.Manual, "master", PipelineTarget.Rollback, realAws: true, confirmed: true, isProtected: true), Is.EqualTo(Allowed(PipelineTarget.Rollback, "manual run on 'master': rollback requested by hand.")));
        });
    }

    [Test]
    public void A_decision_reads_as_one_line()
    {
        Assert.That(TargetDecision.Allow(PipelineTarget.DeployProd, "master deploys prod.").ToString(), Is.EqualTo("DeployProd: master deploys prod."));
        Assert.That(TargetDecision.Refuse(PipelineTarget.DeployProd, "not here.", "Go there.").ToString(), Is.EqualTo("DeployProd refused: not here. Go there."));
        Assert.That(() => TargetDecision.Allow(PipelineTarget.DeployProd, "fine.").ThrowIfRefused(), Throws.Nothing);
    }

    [Test]
    public void Inputs_describe_themselves()
    {
        Assert.That(new GitFlowInput(GitEvent.PullRequest, "feature/x", "develop") { PullRequestNumber = 12 }.ToString(), Is.EqualTo("pull request #12 from 'feature/x' into 'develop'"));
        Assert.That(new GitFlowInput(GitEvent.PullRequest, "feature/x").ToString(), Is.EqualTo("pull request from 'feature/x' into '?'"));
        Assert.That(new GitFlowInput(GitEvent.Tag, "v1", null) { Tag = "v1.2.3" }.ToString(), Is.EqualTo("tag 'v1.2.3'"));
        Assert.That(new GitFlowInput(GitEvent.Tag, "v1.2.3").ToString(), Is.EqualTo("tag 'v1.2.3'"));
        Assert.That(new GitFlowInput(GitEvent.Push, "develop").ToString(), Is.EqualTo("push to 'develop'"));
        Assert.That(GitFlowInput.Local("refs/heads/develop").ToString(), Is.EqualTo("manual run on 'develop'"));
    }

    [Test]
    public void Missing_arguments_and_unknown_targets_are_refused_loudly()
    {
        var input = GitFlowInput.Local("develop");

        Assert.That(() => policy.Choose(null!), Throws.ArgumentNullException);
        Assert.That(() => policy.Authorize(null!, new TargetRequest(PipelineTarget.PullRequest)), Throws.ArgumentNullException);
        Assert.That(() => policy.Authorize(input, null!), Throws.ArgumentNullException);
        Assert.That(() => policy.Authorize(input, new TargetRequest((PipelineTarget)99)),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("Unknown target."));
    }

    private TargetDecision Authorize(GitEvent gitEvent, string branch, PipelineTarget target, bool realAws = false, bool confirmed = false, bool isProtected = false) =>
        policy.Authorize(new GitFlowInput(gitEvent, branch), new TargetRequest(target, realAws, confirmed, isProtected));

    private static TargetDecision Refused(PipelineTarget target, string reason, string fix) => new(target, false, reason, fix);

    private static TargetDecision Allowed(PipelineTarget target, string reason) => new(target, true, reason);
}

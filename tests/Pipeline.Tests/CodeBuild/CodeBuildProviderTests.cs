using Pipeline.CodeBuild;
using Pipeline.GitFlow;

namespace Pipeline.Tests.CodeBuild;

public class CodeBuildProviderTests
{
    private const string Build = "CODEBUILD_BUILD_ID=greeter-pr:6a7b;CODEBUILD_BUILD_NUMBER=42;CODEBUILD_INITIATOR=GitHub-Hookshot/abc;CODEBUILD_RESOLVED_SOURCE_VERSION=0123456789abcdef0123456789abcdef01234567";

    [TestCase("CODEBUILD_WEBHOOK_EVENT=PULL_REQUEST_CREATED;CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/feature/login;CODEBUILD_WEBHOOK_BASE_REF=refs/heads/develop;CODEBUILD_SOURCE_VERSION=pr/12",
        GitEvent.PullRequest, "feature/login", "develop", 12)]
    [TestCase("CODEBUILD_WEBHOOK_EVENT=PULL_REQUEST_UPDATED;CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/release/1.3;CODEBUILD_WEBHOOK_BASE_REF=refs/heads/master;CODEBUILD_SOURCE_VERSION=pr/7;CODEBUILD_WEBHOOK_TRIGGER=pr/7",
        GitEvent.PullRequest, "release/1.3", "master", 7)]
    [TestCase("CODEBUILD_WEBHOOK_EVENT=PULL_REQUEST_REOPENED;CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/hotfix/x;CODEBUILD_WEBHOOK_BASE_REF=refs/heads/main;CODEBUILD_SOURCE_VERSION=pr/3",
        GitEvent.PullRequest, "hotfix/x", "main", 3)]
    [TestCase("CODEBUILD_WEBHOOK_EVENT=PUSH;CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/develop;CODEBUILD_SOURCE_VERSION=0123456789abcdef0123456789abcdef01234567;CODEBUILD_WEBHOOK_TRIGGER=branch/develop",
        GitEvent.Push, "develop", null, null)]
    [TestCase("CODEBUILD_WEBHOOK_EVENT=PUSH;CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/master",
        GitEvent.Push, "master", null, null)]
    [TestCase("CODEBUILD_WEBHOOK_EVENT=PUSH;CODEBUILD_WEBHOOK_HEAD_REF=refs/tags/v1.2.3;CODEBUILD_WEBHOOK_TRIGGER=tag/v1.2.3",
        GitEvent.Tag, "v1.2.3", null, null)]
    [TestCase("CODEBUILD_SOURCE_VERSION=refs/heads/develop",
        GitEvent.Manual, "develop", null, null)]
    [TestCase("CODEBUILD_SOURCE_VERSION=feature/x",
        GitEvent.Manual, "feature/x", null, null)]
    [TestCase("CODEBUILD_SOURCE_VERSION=0123456789abcdef0123456789abcdef01234567",
        GitEvent.Manual, "from-git", null, null)]
    [TestCase("CODEBUILD_SOURCE_VERSION=arn:aws:s3:::bucket/source.zip",
        GitEvent.Manual, "from-git", null, null)]
    public void Maps_webhook_variables_to_the_policy_input(string variables, GitEvent expectedEvent, string branch, string? baseBranch, int? pullRequest)
    {
        var provider = Provider(Build + ";" + variables);

        var input = provider.ToGitFlowInput(gitBranch: "from-git");

        Assert.That(provider.IsRunningOnCodeBuild, Is.True);
        Assert.That(input.Event, Is.EqualTo(expectedEvent));
        Assert.That(input.Branch, Is.EqualTo(branch));
        Assert.That(input.BaseBranch, Is.EqualTo(baseBranch));
        Assert.That(input.PullRequestNumber, Is.EqualTo(pullRequest));
    }

    [TestCase("PUSH", CodeBuildWebhookEvent.Push)]
    [TestCase("PULL_REQUEST_CREATED", CodeBuildWebhookEvent.PullRequestCreated)]
    [TestCase("PULL_REQUEST_UPDATED", CodeBuildWebhookEvent.PullRequestUpdated)]
    [TestCase("PULL_REQUEST_REOPENED", CodeBuildWebhookEvent.PullRequestReopened)]
    [TestCase("PULL_REQUEST_MERGED", CodeBuildWebhookEvent.PullRequestMerged)]
    [TestCase("RELEASED", CodeBuildWebhookEvent.Released)]
    [TestCase("SOMETHING_NEW", CodeBuildWebhookEvent.Unknown)]
    [TestCase("", CodeBuildWebhookEvent.None)]
    public void Types_the_webhook_event(string value, CodeBuildWebhookEvent expected) =>
        Assert.That(Provider(Build + ";CODEBUILD_WEBHOOK_EVENT=" + value).Environment.WebhookEvent, Is.EqualTo(expected));

    [Test]
    public void Exposes_the_build_facts()
    {
        var info = Provider(Build + ";CODEBUILD_WEBHOOK_EVENT=PUSH;CODEBUILD_INITIATOR=codepipeline/greeter;CODEBUILD_BUILD_SUCCEEDING=1").Environment;

        Assert.That(info.BuildId, Is.EqualTo("greeter-pr:6a7b"));
        Assert.That(info.BuildNumber, Is.EqualTo(42));
        Assert.That(info.ResolvedSourceVersion, Is.EqualTo("0123456789abcdef0123456789abcdef01234567"));
        Assert.That(info.InitiatorId, Is.EqualTo("codepipeline/greeter"));
        Assert.That(info.StartedByCodePipeline, Is.True);
        Assert.That(info.BuildSucceeding, Is.True);
    }

    [Test]
    public void Outside_codebuild_the_input_is_a_manual_run_on_the_git_branch()
    {
        var provider = Provider(string.Empty);

        Assert.That(provider.IsRunningOnCodeBuild, Is.False);
        Assert.That(provider.Environment.BuildNumber, Is.Null);
        Assert.That(provider.ToGitFlowInput("feature/x"), Is.EqualTo(GitFlowInput.Local("feature/x")));
    }

    [Test]
    public void A_pull_request_build_may_only_check()
    {
        var input = Provider(Build + ";CODEBUILD_WEBHOOK_EVENT=PULL_REQUEST_CREATED;CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/master;CODEBUILD_WEBHOOK_BASE_REF=refs/heads/develop;CODEBUILD_SOURCE_VERSION=pr/1").ToGitFlowInput();
        var policy = new GitFlowPolicy();

        Assert.That(policy.Choose(input).Target, Is.EqualTo(PipelineTarget.PullRequest));
        Assert.That(policy.Authorize(input, new TargetRequest(PipelineTarget.DeployProd, RealAws: true, Confirmed: true)).Allowed, Is.False);
    }

    internal static CodeBuildProvider Provider(string variables)
    {
        var values = new Dictionary<string, string>();
        foreach (var pair in variables.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2)))
        {
            values[pair[0]] = pair[1];
        }

        return new CodeBuildProvider(name => values.GetValueOrDefault(name));
    }
}

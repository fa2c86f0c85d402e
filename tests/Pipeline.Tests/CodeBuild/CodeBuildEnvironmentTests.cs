using Pipeline.CodeBuild;

namespace Pipeline.Tests.CodeBuild;

/// <summary>The CODEBUILD_* variables one by one: which wins when several say the same thing, and what is not a branch.</summary>
public class CodeBuildEnvironmentTests
{
    [Test]
    public void Exposes_every_variable_it_reads()
    {
        var info = Info("CODEBUILD_BUILD_ARN=arn:aws:codebuild:eu-west-1:111111111111:build/greeter:1;CODEBUILD_SOURCE_REPO_URL=https://github.com/team/greeter;" +
            "CODEBUILD_SRC_DIR=/codebuild/src;CODEBUILD_WEBHOOK_ACTOR_ACCOUNT_ID=12345;CODEBUILD_WEBHOOK_PREV_COMMIT=abc1234;CODEBUILD_WEBHOOK_TRIGGER=pr/4;" +
            "CODEBUILD_WEBHOOK_BASE_REF=refs/heads/develop");

        Assert.That(info.BuildArn, Is.EqualTo("arn:aws:codebuild:eu-west-1:111111111111:build/greeter:1"));
        Assert.That(info.SourceRepositoryUrl, Is.EqualTo("https://github.com/team/greeter"));
        Assert.That(info.SourceDirectory, Is.EqualTo("/codebuild/src"));
        Assert.That(info.WebhookActorAccountId, Is.EqualTo("12345"));
        Assert.That(info.WebhookPreviousCommit, Is.EqualTo("abc1234"));
        Assert.That(info.Trigger, Is.EqualTo("pr/4"));
        Assert.That(info.BaseRef, Is.EqualTo("refs/heads/develop"));
    }

    [TestCase("AWS_REGION=eu-west-1;AWS_DEFAULT_REGION=us-east-1", "eu-west-1")]
    [TestCase("AWS_DEFAULT_REGION=us-east-1", "us-east-1")]
    [TestCase("", null)]
    public void The_region_prefers_AWS_REGION(string variables, string? expected) =>
        Assert.That(Info(variables).Region, Is.EqualTo(expected));

    [TestCase("1", true)]
    [TestCase("0", false)]
    [TestCase("yes", null)]
    [TestCase("", null)]
    public void Build_succeeding_is_one_zero_or_unknown(string value, bool? expected) =>
        Assert.That(Info("CODEBUILD_BUILD_SUCCEEDING=" + value).BuildSucceeding, Is.EqualTo(expected));

    [TestCase("codepipeline/greeter", true)]
    [TestCase("GitHub-Hookshot/abc", false)]
    [TestCase("arn:aws:iam::111111111111:user/codepipeline/x", false)]
    public void Only_a_codepipeline_initiator_counts_as_codepipeline(string initiator, bool expected) =>
        Assert.That(Info("CODEBUILD_INITIATOR=" + initiator).StartedByCodePipeline, Is.EqualTo(expected));

    [TestCase("CODEBUILD_WEBHOOK_TRIGGER=pr/7;CODEBUILD_SOURCE_VERSION=pr/8", 7)]
    [TestCase("CODEBUILD_SOURCE_VERSION=pr/8", 8)]
    [TestCase("CODEBUILD_SOURCE_VERSION=abc12", null)]
    [TestCase("CODEBUILD_SOURCE_VERSION=pr/-1", null)]
    [TestCase("CODEBUILD_WEBHOOK_TRIGGER=branch/develop", null)]
    public void The_pull_request_number_comes_from_the_trigger_first(string variables, int? expected) =>
        Assert.That(Info(variables).PullRequestNumber, Is.EqualTo(expected));

    [TestCase("CODEBUILD_WEBHOOK_TRIGGER=branch/feature/x", "feature/x")]
    [TestCase("CODEBUILD_WEBHOOK_TRIGGER=tag/v1.2.3", null)]
    [TestCase("CODEBUILD_WEBHOOK_TRIGGER=pr/3", null)]
    [TestCase("CODEBUILD_SOURCE_VERSION=pr/5", null)]
    [TestCase("CODEBUILD_SOURCE_VERSION=refs/tags/v1", null)]
    [TestCase("CODEBUILD_SOURCE_VERSION=cafe", "cafe")]
    [TestCase("CODEBUILD_SOURCE_VERSION=abcdef0", null)]
    [TestCase("CODEBUILD_SOURCE_VERSION=0123456789abcdef0123456789abcdef01234567", null)]
    [TestCase("CODEBUILD_SOURCE_VERSION=0123456789abcdef0123456789abcdef012345678", "0123456789abcdef0123456789abcdef012345678")]
    [TestCase("CODEBUILD_SOURCE_VERSION=ABCDEF0", "ABCDEF0")]
    public void Branch_is_read_from_the_head_the_trigger_or_a_source_version_that_names_one(string variables, string? expected) =>
        Assert.That(Info(variables).Branch, Is.EqualTo(expected));

    [Test]
    public void A_tag_comes_from_the_head_ref_before_the_trigger()
    {
        Assert.That(Info("CODEBUILD_WEBHOOK_HEAD_REF=refs/tags/v2;CODEBUILD_WEBHOOK_TRIGGER=tag/v1").Tag, Is.EqualTo("v2"));
        Assert.That(Info("CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/develop;CODEBUILD_WEBHOOK_TRIGGER=tag/v1").Tag, Is.EqualTo("v1"));
        Assert.That(Info("CODEBUILD_WEBHOOK_TRIGGER=branch/develop").Tag, Is.Null);
    }

    private static CodeBuildEnvironmentInfo Info(string variables) => CodeBuildProviderTests.Provider(variables).Environment;
}

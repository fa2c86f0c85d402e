using System.Globalization;
using Pipeline.GitFlow;

namespace Pipeline.CodeBuild;

/// <summary>The CODEBUILD_* variables of the current build, typed. Every value is null outside CodeBuild.</summary>
public sealed class CodeBuildEnvironmentInfo(Func<string, string?> environment)
{
    public string? BuildId => Get("CODEBUILD_BUILD_ID");

    public string? BuildArn => Get("CODEBUILD_BUILD_ARN");

    public int? BuildNumber => int.TryParse(Get("CODEBUILD_BUILD_NUMBER"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Who started the build: "GitHub-Hookshot/…" for webhooks, "codepipeline/&lt;name&gt;", or an IAM user or role.</summary>
    public string? InitiatorId => Get("CODEBUILD_INITIATOR");

    public string? WebhookEventName => Get("CODEBUILD_WEBHOOK_EVENT");

    public CodeBuildWebhookEvent WebhookEvent => WebhookEventName switch
    {
        null => CodeBuildWebhookEvent.None,
        "PUSH" => CodeBuildWebhookEvent.Push,
        "PULL_REQUEST_CREATED" => CodeBuildWebhookEvent.PullRequestCreated,
        "PULL_REQUEST_UPDATED" => CodeBuildWebhookEvent.PullRequestUpdated,
        "PULL_REQUEST_REOPENED" => CodeBuildWebhookEvent.PullRequestReopened,
        "PULL_REQUEST_MERGED" => CodeBuildWebhookEvent.PullRequestMerged,
        "PULL_REQUEST_CLOSED" => CodeBuildWebhookEvent.PullRequestClosed,
        "RELEASED" => CodeBuildWebhookEvent.Released,
        "PRERELEASED" => CodeBuildWebhookEvent.Prereleased,
        "WORKFLOW_JOB_QUEUED" => CodeBuildWebhookEvent.WorkflowJobQueued,
        _ => CodeBuildWebhookEvent.Unknown,
    };

    public bool IsPullRequest => WebhookEvent is CodeBuildWebhookEvent.PullRequestCreated or CodeBuildWebhookEvent.PullRequestUpdated
        or CodeBuildWebhookEvent.PullRequestReopened or CodeBuildWebhookEvent.PullRequestMerged or CodeBuildWebhookEvent.PullRequestClosed;

    /// <summary>refs/heads/&lt;branch&gt; or refs/tags/&lt;tag&gt;.</summary>
    public string? HeadRef => Get("CODEBUILD_WEBHOOK_HEAD_REF");

    /// <summary>For pull requests: the branch the pull request merges into.</summary>
    public string? BaseRef => Get("CODEBUILD_WEBHOOK_BASE_REF");

    /// <summary>"pr/12", "branch/&lt;name&gt;" or "tag/&lt;name&gt;".</summary>
    public string? Trigger => Get("CODEBUILD_WEBHOOK_TRIGGER");

    public string? ResolvedSourceVersion => Get("CODEBUILD_RESOLVED_SOURCE_VERSION");

    /// <summary>"pr/12" for pull requests; a commit, branch or tag otherwise.</summary>
    public string? SourceVersion => Get("CODEBUILD_SOURCE_VERSION");

    public string? SourceRepositoryUrl => Get("CODEBUILD_SOURCE_REPO_URL");

    public string? SourceDirectory => Get("CODEBUILD_SRC_DIR");

    public string? WebhookActorAccountId => Get("CODEBUILD_WEBHOOK_ACTOR_ACCOUNT_ID");

    public string? WebhookPreviousCommit => Get("CODEBUILD_WEBHOOK_PREV_COMMIT");

    public string? Region => Get("AWS_REGION") ?? Get("AWS_DEFAULT_REGION");

    public bool? BuildSucceeding => Get("CODEBUILD_BUILD_SUCCEEDING") switch
    {
        "1" => true,
        "0" => false,
        _ => null,
    };

    public bool StartedByCodePipeline => InitiatorId?.StartsWith("codepipeline/", StringComparison.Ordinal) == true;

    public int? PullRequestNumber => PrNumber(Trigger) ?? PrNumber(SourceVersion);

    /// <summary>The branch built, when the variables say; tags and bare commits give null.</summary>
    public string? Branch
    {
        get
        {
            if (HeadRef is { } head)
            {
                return GitFlowBranches.IsTagRef(head) ? null : GitFlowBranches.Normalize(head);
            }

            if (Trigger is { } trigger && trigger.StartsWith("branch/", StringComparison.Ordinal))
            {
                return trigger["branch/".Length..];
            }

            return SourceVersion is { } source && LooksLikeBranch(source) ? GitFlowBranches.Normalize(source) : null;
        }
    }

    public string? Tag =>
        HeadRef is { } head && GitFlowBranches.IsTagRef(head) ? GitFlowBranches.TagName(head)
        : Trigger is { } trigger && trigger.StartsWith("tag/", StringComparison.Ordinal) ? trigger["tag/".Length..]
        : null;

    private string? Get(string name) => environment(name) is { Length: > 0 } value ? value.Trim() : null;

    private static int? PrNumber(string? value) =>
        value is not null && value.StartsWith("pr/", StringComparison.Ordinal)
        && int.TryParse(value.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static bool LooksLikeBranch(string value) =>
        !value.StartsWith("pr/", StringComparison.Ordinal)
        && !GitFlowBranches.IsTagRef(value)
        && !value.StartsWith("arn:", StringComparison.Ordinal)
        && !(value.Length is >= 7 and <= 40 && value.All(char.IsAsciiHexDigitLower));
}

namespace Pipeline.CodeBuild;

/// <summary>CODEBUILD_WEBHOOK_EVENT, typed. <see cref="None"/>: the build was not started by a webhook.</summary>
public enum CodeBuildWebhookEvent
{
    None,
    Unknown,
    Push,
    PullRequestCreated,
    PullRequestUpdated,
    PullRequestReopened,
    PullRequestMerged,
    PullRequestClosed,
    Released,
    Prereleased,
    WorkflowJobQueued,
}

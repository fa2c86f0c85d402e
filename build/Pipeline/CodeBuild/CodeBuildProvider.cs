using Pipeline.GitFlow;

namespace Pipeline.CodeBuild;

/// <summary>
/// AWS CodeBuild as a build system, in the shape of Cake's build-system providers. Turns the webhook variables into
/// the GitFlow policy's input; outside CodeBuild that input comes from git as a manual run.
/// </summary>
public sealed class CodeBuildProvider(Func<string, string?> environment)
{
    public static CodeBuildProvider FromProcess() => new(System.Environment.GetEnvironmentVariable);

    public bool IsRunningOnCodeBuild => !string.IsNullOrEmpty(environment("CODEBUILD_BUILD_ID"));

    public CodeBuildEnvironmentInfo Environment { get; } = new(environment);

    /// <summary>The policy input for this build. <paramref name="gitBranch"/> fills in when the variables name no branch.</summary>
    public GitFlowInput ToGitFlowInput(string? gitBranch = null)
    {
        var info = Environment;
        var branch = info.Branch ?? GitFlowBranches.Normalize(gitBranch);
        if (info.IsPullRequest)
        {
            var baseBranch = info.BaseRef is { } baseRef ? GitFlowBranches.Normalize(baseRef) : null;
            return new GitFlowInput(GitEvent.PullRequest, branch, baseBranch) { PullRequestNumber = info.PullRequestNumber };
        }

        if (info.Tag is { } tag && info.WebhookEvent is CodeBuildWebhookEvent.Push or CodeBuildWebhookEvent.Released or CodeBuildWebhookEvent.Prereleased)
        {
            return new GitFlowInput(GitEvent.Tag, tag) { Tag = tag };
        }

        return info.WebhookEvent == CodeBuildWebhookEvent.Push
            ? new GitFlowInput(GitEvent.Push, branch)
            : new GitFlowInput(GitEvent.Manual, branch);
    }
}

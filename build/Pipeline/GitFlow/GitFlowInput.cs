namespace Pipeline.GitFlow;

/// <summary>The facts the policy decides from: the event, the branch built and, for pull requests, the base branch.</summary>
public sealed record GitFlowInput(GitEvent Event, string Branch, string? BaseBranch = null)
{
    public int? PullRequestNumber { get; init; }

    public string? Tag { get; init; }

    public static GitFlowInput Local(string branch) => new(GitEvent.Manual, GitFlowBranches.Normalize(branch));

    public override string ToString() => Event switch
    {
        GitEvent.PullRequest => $"pull request{(PullRequestNumber is { } n ? $" #{n}" : string.Empty)} from '{Branch}' into '{BaseBranch ?? "?"}'",
        GitEvent.Tag => $"tag '{Tag ?? Branch}'",
        GitEvent.Push => $"push to '{Branch}'",
        _ => $"manual run on '{Branch}'",
    };
}

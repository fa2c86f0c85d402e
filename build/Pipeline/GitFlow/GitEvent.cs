namespace Pipeline.GitFlow;

/// <summary>What started the run.</summary>
public enum GitEvent
{
    /// <summary>A developer's machine, or a CodeBuild build started by hand (no webhook).</summary>
    Manual,
    PullRequest,
    Push,
    Tag,
}

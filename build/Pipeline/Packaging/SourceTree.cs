using Pipeline.Processes;

namespace Pipeline.Packaging;

/// <summary>Whether HEAD's files are exactly those of another commit: a GitFlow release merge makes a new commit with the same tree.</summary>
public sealed class SourceTree(IProcessRunner git, string repositoryRoot)
{
    /// <returns>True when the trees are equal, false when they differ, null when <paramref name="commit"/> is not in this clone.</returns>
    public async Task<bool?> EqualsHeadAsync(string commit, CancellationToken cancel = default)
    {
        var result = await git.RunAsync(new ProcessSpec("git", ["diff", "--quiet", commit, "HEAD", "--"]) { WorkingDirectory = repositoryRoot }, cancel).ConfigureAwait(false);
        return result.ExitCode switch
        {
            0 => true,
            1 => false,
            _ => null,
        };
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.GitFlow;
using Pipeline.Processes;

namespace Pipeline.Versioning;

/// <summary>
/// Reads <see cref="GitInfo"/> through the git CLI. Missing history never fails the read: a shallow clone or a
/// clone without tags gives null fields and a warning that says how to get the full answer.
/// </summary>
public sealed partial class GitInfoReader(IProcessRunner runner, Func<string, string?>? environment = null)
{
    private const string TagPattern = "v[0-9]*";

    public async Task<GitInfo> ReadAsync(string directory, CancellationToken cancel = default)
    {
        var env = environment ?? Environment.GetEnvironmentVariable;
        var warnings = new List<string>();
        var head = await GitAsync(directory, cancel, "rev-parse", "HEAD").ConfigureAwait(false);
        if (head is null)
        {
            var sha = env("CODEBUILD_RESOLVED_SOURCE_VERSION") ?? new string('0', 40);
            warnings.Add($"'{directory}' is not a git checkout with commits; the version uses commit {sha} and height 0. Build from a git clone for exact versions.");
            return new GitInfo(sha, BranchFromEnvironment(env), DateTimeOffset.UnixEpoch) { Warnings = warnings };
        }

        var branch = await GitAsync(directory, cancel, "symbolic-ref", "--short", "-q", "HEAD").ConfigureAwait(false);
        var detached = branch is null;
        if (detached)
        {
            branch = BranchFromEnvironment(env);
        }

        var shallow = await GitAsync(directory, cancel, "rev-parse", "--is-shallow-repository").ConfigureAwait(false) == "true";
        var status = await GitAsync(directory, cancel, "status", "--porcelain").ConfigureAwait(false);
        var seconds = await GitAsync(directory, cancel, "log", "-1", "--format=%ct").ConfigureAwait(false);
        var timestamp = long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            ? DateTimeOffset.FromUnixTimeSeconds(unix)
            : DateTimeOffset.UnixEpoch;

        var (tag, height) = ParseDescribe(await GitAsync(directory, cancel, "describe", "--tags", "--long", "--abbrev=40", "--match", TagPattern).ConfigureAwait(false));
        int? total = null;
        if (shallow)
        {
            warnings.Add(tag is null
                ? "This is a shallow clone without a reachable v* tag, so the version height is unknown; it falls back to the build number. Clone with full history and tags (CodeBuild: git clone depth 'Full', or 'git fetch --unshallow --tags')."
                : "This is a shallow clone; the tag was found but history beyond the clone depth is missing. Clone with full history for exact versions.");
        }
        else if (tag is null)
        {
            total = int.TryParse(await GitAsync(directory, cancel, "rev-list", "--count", "HEAD").ConfigureAwait(false), CultureInfo.InvariantCulture, out var count) ? count : null;
            warnings.Add("No v* tag is reachable from HEAD; the base version is 0.1.0. Tag a release (git tag v1.0.0) to set it.");
        }

        return new GitInfo(head, branch, timestamp)
        {
            IsDetached = detached,
            IsShallow = shallow,
            IsDirty = !string.IsNullOrEmpty(status),
            LastTag = tag,
            CommitsSinceTag = height,
            TotalCommits = total,
            Warnings = warnings,
        };
    }

    private static string? BranchFromEnvironment(Func<string, string?> env)
    {
        var branch = new CodeBuild.CodeBuildProvider(env).Environment.Branch;
        return branch is null ? null : GitFlowBranches.Normalize(branch);
    }

    private static (string? Tag, int? Height) ParseDescribe(string? describe)
    {
        var match = describe is null ? null : DescribePattern().Match(describe);
        return match is { Success: true }
            ? (match.Groups["tag"].Value, int.Parse(match.Groups["height"].Value, CultureInfo.InvariantCulture))
            : (null, null);
    }

    private async Task<string?> GitAsync(string directory, CancellationToken cancel, params string[] arguments)
    {
        var spec = new ProcessSpec("git", arguments)
        {
            WorkingDirectory = directory,
            Timeout = TimeSpan.FromMinutes(1),
            Environment = new Dictionary<string, string?> { ["GIT_TERMINAL_PROMPT"] = "0", ["LC_ALL"] = "C" },
        };
        var result = await runner.RunAsync(spec, cancel).ConfigureAwait(false);
        return result.Succeeded ? result.StandardOutput.Trim() : null;
    }

    [GeneratedRegex("^(?<tag>.+)-(?<height>[0-9]+)-g[0-9a-f]+$")]
    private static partial Regex DescribePattern();
}

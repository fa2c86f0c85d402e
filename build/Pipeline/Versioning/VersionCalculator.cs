using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.GitFlow;

namespace Pipeline.Versioning;

/// <summary>
/// A small GitFlow versioner. The base is the latest vX.Y.Z tag (else 0.1.0, treated as a tag on
/// the first commit); the height is the number of commits since it. master/main → X.Y.Z (patch + 1 after the tag),
/// develop → X.(Y+1).0-alpha.N, feature/* → X.(Y+1).0-&lt;branch&gt;.N, release/* and hotfix/* → the version in the
/// branch name (else X.(Y+1).0 / X.Y.(Z+1)) -beta.N, pull requests → the head branch's version with -pr&lt;number&gt;.N.
/// </summary>
public sealed partial class VersionCalculator
{
    public const string DefaultVersion = "0.1.0";
    private const int MaxBranchLabel = 20;

    public BuildVersion Calculate(GitInfo git, GitFlowInput flow, int? buildNumber = null)
    {
        ArgumentNullException.ThrowIfNull(git);
        ArgumentNullException.ThrowIfNull(flow);
        var warnings = new List<string>(git.Warnings);
        var (major, minor, patch) = BaseVersion(git, warnings);
        var height = git.LastTag is not null ? git.CommitsSinceTag : git.TotalCommits;
        if (height is null)
        {
            height = buildNumber ?? 0;
            warnings.Add($"The commit height is unknown (shallow clone or missing tags); using {(buildNumber is null ? "0" : $"the build number {buildNumber}")} instead. Versions may repeat or skip.");
        }

        var n = height.Value;
        var branch = GitFlowBranches.Normalize(flow.Event == GitEvent.Tag ? null : flow.Branch.Length > 0 ? flow.Branch : git.Branch);
        if (flow.Event == GitEvent.Tag && Parse(flow.Tag ?? flow.Branch) is { } tagged)
        {
            return Build(tagged, null);
        }

        var core = Core(branch, major, minor, patch, n);
        string? label = flow.Event == GitEvent.PullRequest
            ? $"pr{flow.PullRequestNumber?.ToString(CultureInfo.InvariantCulture) ?? string.Empty}.{n}"
            : GitFlowBranches.IsProduction(branch) ? null
            : GitFlowBranches.IsDevelop(branch) ? $"alpha.{n}"
            : GitFlowBranches.IsRelease(branch) || GitFlowBranches.IsHotfix(branch) ? $"beta.{n}"
            : $"{Label(branch)}.{n}";
        return Build(core, label);

        BuildVersion Build((int Major, int Minor, int Patch) v, string? preRelease) =>
            new(v.Major, v.Minor, v.Patch, preRelease, n, git.Sha) { IsDirty = git.IsDirty, Warnings = warnings };
    }

    private static (int, int, int) Core(string branch, int major, int minor, int patch, int height)
    {
        if (GitFlowBranches.IsProduction(branch))
        {
            return height == 0 ? (major, minor, patch) : (major, minor, patch + 1);
        }

        if (GitFlowBranches.IsRelease(branch))
        {
            return Parse(GitFlowBranches.ShortName(branch)) ?? (major, minor + 1, 0);
        }

        return GitFlowBranches.IsHotfix(branch)
            ? Parse(GitFlowBranches.ShortName(branch)) ?? (major, minor, patch + 1)
            : (major, minor + 1, 0);
    }

    private static (int, int, int) BaseVersion(GitInfo git, List<string> warnings)
    {
        if (git.LastTag is { } tag)
        {
            if (Parse(tag) is { } fromTag)
            {
                return fromTag;
            }

            warnings.Add($"Tag '{tag}' is not vX.Y.Z; ignoring it. Tag releases as v1.2.3.");
        }

        return Parse(DefaultVersion)!.Value;
    }

    private static (int, int, int)? Parse(string? text)
    {
        var match = VersionPattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        return (Part("major"), Part("minor"), Part("patch"));
    }

    /// <summary>A SemVer pre-release identifier from a branch: lowercase [0-9a-z-], short, never purely numeric.</summary>
    internal static string Label(string branch)
    {
        var builder = new StringBuilder();
        foreach (var c in GitFlowBranches.ShortName(branch).ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var label = builder.ToString();
        label = (label.Length > MaxBranchLabel ? label[..MaxBranchLabel] : label).Trim('-');
        return label.Length == 0 ? "branch" : label.All(char.IsAsciiDigit) ? "b" + label : label;
    }

    [GeneratedRegex(@"^v?(?<major>0|[1-9][0-9]{0,8})(\.(?<minor>0|[1-9][0-9]{0,8}))?(\.(?<patch>0|[1-9][0-9]{0,8}))?([-+].*)?$")]
    private static partial Regex VersionPattern();
}

using Pipeline.GitFlow;
using Pipeline.Processes;
using Pipeline.Versioning;
using TestSupport;

namespace Pipeline.Tests.Versioning;

public class GitInfoReaderTests
{
    private static readonly Func<string, string?> NoCodeBuild = _ => null;

    [OneTimeSetUp]
    public void RequireGit() => LocalTools.Require("git");

    [Test]
    public async Task Reads_tag_height_branch_and_timestamp()
    {
        using var repository = await TempGitRepository.CreateAsync();
        await repository.CommitAsync();
        await repository.GitAsync("tag", "v1.2.0");
        await repository.GitAsync("checkout", "-q", "-b", "develop");
        await repository.CommitAsync();
        await repository.CommitAsync(DateTimeOffset.FromUnixTimeSeconds(1_750_000_000));

        var git = await new GitInfoReader(new ProcessRunner(), NoCodeBuild).ReadAsync(repository.Path);

        Assert.That(git.Sha, Has.Length.EqualTo(40).And.EqualTo(await repository.GitAsync("rev-parse", "HEAD")));
        Assert.That(git.ShortSha, Is.EqualTo(git.Sha[..7]));
        Assert.That(git.Branch, Is.EqualTo("develop"));
        Assert.That(git.IsDetached, Is.False);
        Assert.That(git.IsShallow, Is.False);
        Assert.That(git.IsDirty, Is.False);
        Assert.That(git.LastTag, Is.EqualTo("v1.2.0"));
        Assert.That(git.CommitsSinceTag, Is.EqualTo(2));
        Assert.That(git.CommitTimestamp, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1_750_000_000)));
        Assert.That(git.Warnings, Is.Empty);
        Assert.That(new VersionCalculator().Calculate(git, GitFlowInput.Local(git.Branch!)).SemVer, Is.EqualTo("1.3.0-alpha.2"));
    }

    [Test]
    public async Task Ignores_tags_that_are_not_versions_and_sees_dirty_trees()
    {
        using var repository = await TempGitRepository.CreateAsync();
        await repository.CommitAsync();
        await repository.GitAsync("tag", "v2.0.0");
        await repository.CommitAsync();
        await repository.GitAsync("tag", "deployed");
        await File.WriteAllTextAsync(Path.Combine(repository.Path, "file.txt"), "edited\n");

        var git = await new GitInfoReader(new ProcessRunner(), NoCodeBuild).ReadAsync(repository.Path);

        Assert.That(git.LastTag, Is.EqualTo("v2.0.0"));
        Assert.That(git.CommitsSinceTag, Is.EqualTo(1));
        Assert.That(git.IsDirty, Is.True);
        Assert.That(new VersionCalculator().Calculate(git, GitFlowInput.Local("master")).InformationalVersion, Does.StartWith("2.0.1+").And.EndWith(".dirty"));
    }

    [Test]
    public async Task Without_tags_counts_all_commits_and_warns()
    {
        using var repository = await TempGitRepository.CreateAsync();
        await repository.CommitAsync();
        await repository.CommitAsync();
        await repository.CommitAsync();

        var git = await new GitInfoReader(new ProcessRunner(), NoCodeBuild).ReadAsync(repository.Path);

        Assert.That(git.LastTag, Is.Null);
        Assert.That(git.TotalCommits, Is.EqualTo(3));
        Assert.That(git.Warnings, Has.One.Contains("git tag v1.0.0"));
        Assert.That(new VersionCalculator().Calculate(git, GitFlowInput.Local("master")).SemVer, Is.EqualTo("0.1.1"));
    }

    [Test]
    public async Task A_shallow_clone_degrades_to_the_build_number_with_a_warning()
    {
        using var origin = await TempGitRepository.CreateAsync();
        await origin.CommitAsync();
        await origin.GitAsync("tag", "v1.0.0");
        await origin.GitAsync("checkout", "-q", "-b", "develop");
        await origin.CommitAsync();
        await origin.CommitAsync();
        using var clone = await TempGitRepository.ShallowCloneAsync(origin, "develop");

        var git = await new GitInfoReader(new ProcessRunner(), NoCodeBuild).ReadAsync(clone.Path);
        var version = new VersionCalculator().Calculate(git, new GitFlowInput(GitEvent.Push, "develop"), buildNumber: 31);

        Assert.That(git.IsShallow, Is.True);
        Assert.That(git.LastTag, Is.Null);
        Assert.That(git.TotalCommits, Is.Null);
        Assert.That(git.Warnings, Has.One.Contains("shallow clone"));
        Assert.That(version.SemVer, Is.EqualTo("0.2.0-alpha.31"));
        Assert.That(version.Warnings, Has.Some.Contains("build number 31"));
    }

    [Test]
    public async Task A_shallow_clone_of_a_tagged_commit_still_sees_the_tag()
    {
        using var origin = await TempGitRepository.CreateAsync();
        await origin.CommitAsync();
        await origin.CommitAsync();
        await origin.GitAsync("tag", "v1.4.0");
        using var clone = await TempGitRepository.ShallowCloneAsync(origin);

        var git = await new GitInfoReader(new ProcessRunner(), NoCodeBuild).ReadAsync(clone.Path);

        Assert.That(git.IsShallow, Is.True);
        Assert.That(git.LastTag, Is.EqualTo("v1.4.0"));
        Assert.That(new VersionCalculator().Calculate(git, new GitFlowInput(GitEvent.Push, "master")).SemVer, Is.EqualTo("1.4.0"));
    }

    [Test]
    public async Task A_detached_head_takes_the_branch_from_codebuild()
    {
        using var repository = await TempGitRepository.CreateAsync();
        await repository.CommitAsync();
        await repository.GitAsync("checkout", "-q", "--detach");
        var codeBuild = new Dictionary<string, string> { ["CODEBUILD_WEBHOOK_HEAD_REF"] = "refs/heads/feature/login" };

        var detached = await new GitInfoReader(new ProcessRunner(), NoCodeBuild).ReadAsync(repository.Path);
        var fromCodeBuild = await new GitInfoReader(new ProcessRunner(), codeBuild.GetValueOrDefault).ReadAsync(repository.Path);

        Assert.That(detached.IsDetached, Is.True);
        Assert.That(detached.Branch, Is.Null);
        Assert.That(fromCodeBuild.Branch, Is.EqualTo("feature/login"));
    }

    [Test]
    public async Task A_directory_without_git_degrades_to_the_codebuild_commit()
    {
        var directory = Directory.CreateTempSubdirectory("policy-nogit-").FullName;
        try
        {
            var codeBuild = new Dictionary<string, string> { ["CODEBUILD_RESOLVED_SOURCE_VERSION"] = "abcdef0123456789abcdef0123456789abcdef01" };

            var git = await new GitInfoReader(new ProcessRunner(), codeBuild.GetValueOrDefault).ReadAsync(directory);

            Assert.That(git.Sha, Is.EqualTo("abcdef0123456789abcdef0123456789abcdef01"));
            Assert.That(git.Warnings, Has.One.Contains("not a git checkout"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

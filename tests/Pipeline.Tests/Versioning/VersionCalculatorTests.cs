using Pipeline.GitFlow;
using Pipeline.Versioning;

namespace Pipeline.Tests.Versioning;

public class VersionCalculatorTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";
    private readonly VersionCalculator calculator = new();

    [TestCase(GitEvent.Push, "master", "v1.2.3", 0, "1.2.3")]
    [TestCase(GitEvent.Push, "master", "v1.2.3", 4, "1.2.4")]
    [TestCase(GitEvent.Push, "main", "v1.2.3", 1, "1.2.4")]
    [TestCase(GitEvent.Push, "develop", "v1.2.3", 5, "1.3.0-alpha.5")]
    [TestCase(GitEvent.Push, "feature/Login_Page", "v1.2.3", 2, "1.3.0-login-page.2")]
    [TestCase(GitEvent.Manual, "feature/1234", "v1.2.3", 2, "1.3.0-b1234.2")]
    [TestCase(GitEvent.Push, "release/1.4.0", "v1.2.3", 3, "1.4.0-beta.3")]
    [TestCase(GitEvent.Push, "release/v2.0", "v1.2.3", 3, "2.0.0-beta.3")]
    [TestCase(GitEvent.Push, "release/next", "v1.2.3", 3, "1.3.0-beta.3")]
    [TestCase(GitEvent.Push, "hotfix/crash", "v1.2.3", 1, "1.2.4-beta.1")]
    [TestCase(GitEvent.Push, "hotfix/1.2.5", "v1.2.3", 1, "1.2.5-beta.1")]
    [TestCase(GitEvent.Manual, "spike", "v0.9.0", 7, "0.10.0-spike.7")]
    [TestCase(GitEvent.Push, "develop", "v2.0", 1, "2.1.0-alpha.1")]
    public void Versions_follow_the_branch(GitEvent gitEvent, string branch, string tag, int height, string expected)
    {
        var git = new GitInfo(Sha, branch, DateTimeOffset.UnixEpoch) { LastTag = tag, CommitsSinceTag = height };

        var version = calculator.Calculate(git, new GitFlowInput(gitEvent, branch));

        Assert.That(version.SemVer, Is.EqualTo(expected));
        Assert.That(version.Warnings, Is.Empty);
    }

    [TestCase("feature/login", 12, "1.3.0-pr12.4")]
    [TestCase("hotfix/crash", 3, "1.2.4-pr3.4")]
    [TestCase("develop", 9, "1.3.0-pr9.4")]
    public void Pull_requests_carry_their_number(string head, int number, string expected)
    {
        var git = new GitInfo(Sha, null, DateTimeOffset.UnixEpoch) { LastTag = "v1.2.3", CommitsSinceTag = 4, IsDetached = true };
        var flow = new GitFlowInput(GitEvent.PullRequest, head, "develop") { PullRequestNumber = number };

        Assert.That(calculator.Calculate(git, flow).SemVer, Is.EqualTo(expected));
    }

    [Test]
    public void Tag_builds_are_the_tag()
    {
        var git = new GitInfo(Sha, null, DateTimeOffset.UnixEpoch) { LastTag = "v3.1.0", CommitsSinceTag = 0 };

        Assert.That(calculator.Calculate(git, new GitFlowInput(GitEvent.Tag, "v3.1.0") { Tag = "v3.1.0" }).SemVer, Is.EqualTo("3.1.0"));
    }

    [Test]
    public void Outputs_every_version_form()
    {
        var git = new GitInfo(Sha, "develop", DateTimeOffset.UnixEpoch) { LastTag = "v1.2.3", CommitsSinceTag = 5, IsDirty = true };

        var version = calculator.Calculate(git, new GitFlowInput(GitEvent.Push, "develop"));

        Assert.That(version.AssemblyVersion, Is.EqualTo("1.3.0.0"));
        Assert.That(version.FileVersion, Is.EqualTo("1.3.0.5"));
        Assert.That(version.InformationalVersion, Is.EqualTo($"1.3.0-alpha.5+{Sha}.dirty"));
    }

    [Test]
    public void Without_tags_the_base_is_the_default()
    {
        var git = new GitInfo(Sha, "master", DateTimeOffset.UnixEpoch) { TotalCommits = 3, Warnings = ["no tag"] };

        var version = calculator.Calculate(git, GitFlowInput.Local("master"));

        Assert.That(version.SemVer, Is.EqualTo("0.1.1"));
        Assert.That(version.Height, Is.EqualTo(3));
        Assert.That(version.Warnings, Does.Contain("no tag"));
    }

    [TestCase(17, "0.2.0-alpha.17")]
    [TestCase(null, "0.2.0-alpha.0")]
    public void Unknown_height_uses_the_build_number_and_warns(int? buildNumber, string expected)
    {
        var git = new GitInfo(Sha, "develop", DateTimeOffset.UnixEpoch) { IsShallow = true };

        var version = calculator.Calculate(git, new GitFlowInput(GitEvent.Push, "develop"), buildNumber);

        Assert.That(version.SemVer, Is.EqualTo(expected));
        Assert.That(version.Warnings, Has.Some.Contains("height is unknown"));
    }

    [Test]
    public void A_tag_that_is_not_a_version_is_ignored_with_a_warning()
    {
        var git = new GitInfo(Sha, "master", DateTimeOffset.UnixEpoch) { LastTag = "vNext", CommitsSinceTag = 0 };

        var version = calculator.Calculate(git, GitFlowInput.Local("master"));

        Assert.That(version.SemVer, Is.EqualTo("0.1.0"));
        Assert.That(version.Warnings, Has.Some.Contains("vNext"));
    }
}

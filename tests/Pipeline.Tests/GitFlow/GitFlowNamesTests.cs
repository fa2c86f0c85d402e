using Pipeline.GitFlow;

namespace Pipeline.Tests.GitFlow;

/// <summary>Branch-name helpers and the edges of ephemeral stack names.</summary>
public class GitFlowNamesTests
{
    [TestCase(null, "")]
    [TestCase("  refs/heads/develop ", "develop")]
    [TestCase("refs/tags/v1", "refs/tags/v1")]
    public void Normalize_strips_heads_and_blanks(string? branch, string expected) =>
        Assert.That(GitFlowBranches.Normalize(branch), Is.EqualTo(expected));

    [TestCase("develop", "develop")]
    [TestCase("feature/login", "login")]
    [TestCase("refs/heads/release/1.2", "1.2")]
    [TestCase("hotfix/crash", "crash")]
    [TestCase("master", "master")]
    public void ShortName_drops_the_gitflow_prefix(string branch, string expected) =>
        Assert.That(GitFlowBranches.ShortName(branch), Is.EqualTo(expected));

    [TestCase("refs/tags/v1.2.3", "v1.2.3")]
    [TestCase("v1.2.3", "v1.2.3")]
    public void TagName_strips_the_tags_ref_only_when_present(string tagRef, string expected) =>
        Assert.That(GitFlowBranches.TagName(tagRef), Is.EqualTo(expected));

    [Test]
    public void A_stack_name_needs_a_prefix_and_a_branch()
    {
        Assert.That(() => EphemeralStackName.For(null!, "feature/x"), Throws.ArgumentNullException);
        Assert.That(() => EphemeralStackName.For("greeter-", " refs/heads/ "),
            Throws.ArgumentException.With.Message.StartsWith("A branch name is needed to name an ephemeral stack.").And.Property("ParamName").EqualTo("branch"));
    }

    [Test]
    public void A_trailing_separator_counts_as_a_change() =>
        Assert.That(EphemeralStackName.For("greeter-", "feature/login-"), Does.Match("^greeter-login-[0-9a-f]{8}$"));

    [Test]
    public void A_branch_with_nothing_usable_is_called_branch() =>
        Assert.That(EphemeralStackName.For("greeter-", "feature/___"), Does.Match("^greeter-branch-[0-9a-f]{8}$"));

    [Test]
    public void A_clean_name_of_exactly_the_maximum_length_is_kept()
    {
        var slug = new string('a', EphemeralStackName.MaxLength - "greeter-".Length);

        Assert.That(EphemeralStackName.For("greeter-", "feature/" + slug), Is.EqualTo("greeter-" + slug));
        Assert.That(EphemeralStackName.For("greeter-", "feature/" + slug + "a"), Has.Length.EqualTo(EphemeralStackName.MaxLength).And.Not.EqualTo("greeter-" + slug));
    }
}

using System.Text.RegularExpressions;
using Pipeline.GitFlow;

namespace Pipeline.Tests.GitFlow;

public class EphemeralStackNameTests
{
    private static readonly Regex Legal = new("^[a-z][a-z0-9-]*$");

    [TestCase("greeter-", "feature/login", "greeter-login")]
    [TestCase("greeter-", "refs/heads/feature/login-page", "greeter-login-page")]
    [TestCase("greeter-", "feature/abc123", "greeter-abc123")]
    public void Clean_branches_keep_their_name(string prefix, string branch, string expected) =>
        Assert.That(EphemeralStackName.For(prefix, branch), Is.EqualTo(expected));

    [TestCase("feature/Login_Page")]
    [TestCase("feature/JIRA-12/new.thing")]
    [TestCase("feature/ünïcode")]
    [TestCase("feature/---")]
    public void Changed_names_get_a_hash_of_the_full_branch(string branch)
    {
        var name = EphemeralStackName.For("greeter-", branch);

        Assert.That(name, Does.Match(Legal));
        Assert.That(name, Does.Match("-[0-9a-f]{8}$"));
        Assert.That(name, Has.Length.LessThanOrEqualTo(EphemeralStackName.MaxLength));
    }

    [Test]
    public void Branches_that_sanitize_alike_do_not_collide()
    {
        var a = EphemeralStackName.For("greeter-", "feature/a_b");
        var b = EphemeralStackName.For("greeter-", "feature/a.b");
        var c = EphemeralStackName.For("greeter-", "feature/a-b");

        Assert.That(new[] { a, b, c }, Is.Unique);
        Assert.That(c, Is.EqualTo("greeter-a-b"));
    }

    [Test]
    public void Long_branches_are_cut_to_fit_derived_names_and_stay_distinct()
    {
        var stem = "feature/" + new string('x', 150);
        var one = EphemeralStackName.For("greeter-", stem + "1");
        var two = EphemeralStackName.For("greeter-", stem + "2");

        Assert.That(one, Is.Not.EqualTo(two));
        Assert.That(one, Has.Length.EqualTo(EphemeralStackName.MaxLength));
        Assert.That(one.Length + EphemeralStackName.DerivedSuffixReserve, Is.LessThanOrEqualTo(64), "Lambda function names are at most 64");
        Assert.That(one, Does.Match(Legal));
        Assert.That(one, Does.Not.Contain("--"));
    }

    [Test]
    public void A_branch_named_like_a_long_lived_stack_is_moved_aside()
    {
        var name = EphemeralStackName.For("greeter-", "feature/preprod", ["greeter-preprod", "greeter-prod"]);

        Assert.That(name, Does.StartWith("greeter-preprod-").And.Not.EqualTo("greeter-preprod"));
    }

    [Test]
    public void Names_start_with_a_letter_even_without_a_prefix() =>
        Assert.That(EphemeralStackName.For(string.Empty, "feature/123-fix"), Does.Match("^b-123-fix-[0-9a-f]{8}$"));

    [Test]
    public void Is_stable_across_runs() =>
        Assert.That(EphemeralStackName.For("greeter-", "feature/A_B"), Is.EqualTo("greeter-a-b-5817525d"));
}

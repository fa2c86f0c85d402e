using System.Text.RegularExpressions;
using Pipeline.Aws;

namespace Pipeline.Tests.Aws;

public partial class RoleSessionNameTests
{
    [TestCase("my-project:0a1b2c3d-4e5f-6789-abcd-ef0123456789", "pipeline-my-project-0a1b2c3d-4e5f-6789-abcd-ef0123456789")]
    [TestCase("feature/JIRA-12 new thing", "pipeline-feature-JIRA-12-new-thing")]
    [TestCase("a+b=c,d.e@f_g", "pipeline-a+b=c,d.e@f_g")]
    public void For_keeps_allowed_characters_and_dashes_the_rest(string raw, string expected) =>
        Assert.That(RoleSessionName.For(raw), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("x")]
    [TestCase("ééé")]
    [TestCase("::::")]
    public void Too_short_names_fall_back(string raw) =>
        Assert.That(RoleSessionName.Sanitize(raw), Is.EqualTo("pipeline"));

    [Test]
    public void Long_names_are_cut_to_64_without_a_trailing_dash()
    {
        var name = RoleSessionName.For(new string('a', 58) + ":" + new string('b', 40));
        Assert.That(name, Has.Length.LessThanOrEqualTo(64));
        Assert.That(name, Does.Not.EndWith("-"));
    }

    [TestCase("0123456789abcdef0123456789abcdef01234567")]
    [TestCase("build/with spaces/and:colons;and|pipes")]
    [TestCase("ünïcödé-brånch")]
    public void Every_result_matches_the_STS_pattern(string raw) =>
        Assert.That(StsPattern().IsMatch(RoleSessionName.For(raw)), Is.True, RoleSessionName.For(raw));

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@-]{2,64}$")]
    private static partial Regex StsPattern();
}

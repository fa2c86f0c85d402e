using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

public class ChangeSetNamesTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [TestCase("0123456789abcdef0123456789abcdef01234567", "pipeline-0123456789ab-20260102-030405")]
    [TestCase("abc_12", "pipeline-abc12-20260102-030405")]
    [TestCase("", "pipeline-20260102-030405")]
    public void Names_carry_the_commit_and_time_and_are_valid(string commit, string expected)
    {
        var name = ChangeSetNames.For(commit, Now);

        Assert.That(name, Is.EqualTo(expected));
        Assert.That(name, Does.Match("^[a-zA-Z][-a-zA-Z0-9]{0,127}$"));
        Assert.That(ChangeSetNames.IsOurs(name), Is.True);
    }
}

namespace Service.Tests;

public class ServiceInfoTests
{
    private static readonly Dictionary<string, string?> NoVariables = [];

    [Test]
    public void Splits_the_informational_version_into_version_and_commit()
    {
        var info = ServiceInfo.FromEnvironment(name => NoVariables.GetValueOrDefault(name), "1.4.0-alpha.12+abc1234");

        Assert.That(info, Is.EqualTo(new ServiceInfo("1.4.0-alpha.12", "abc1234", "1.4.0-alpha.12+abc1234")));
    }

    [Test]
    public void Stack_variables_win_over_the_assembly()
    {
        var variables = new Dictionary<string, string?>
        {
            [ServiceInfo.VersionVariable] = "1.5.0",
            [ServiceInfo.CommitVariable] = "def5678",
        };

        var info = ServiceInfo.FromEnvironment(name => variables.GetValueOrDefault(name), "1.4.0-alpha.12+abc1234");

        Assert.That(info.Version, Is.EqualTo("1.5.0"));
        Assert.That(info.Commit, Is.EqualTo("def5678"));
        Assert.That(info.AssemblyVersion, Is.EqualTo("1.4.0-alpha.12+abc1234"));
    }

    [Test]
    public void Blank_variables_are_ignored()
    {
        var variables = new Dictionary<string, string?> { [ServiceInfo.VersionVariable] = " ", [ServiceInfo.CommitVariable] = "" };

        var info = ServiceInfo.FromEnvironment(name => variables.GetValueOrDefault(name), "2.0.0+0123abc");

        Assert.That(info.Version, Is.EqualTo("2.0.0"));
        Assert.That(info.Commit, Is.EqualTo("0123abc"));
    }

    [TestCase(null, "unknown", "unknown")]
    [TestCase("1.0.0", "1.0.0", "unknown")]
    [TestCase("1.0.0+", "1.0.0", "unknown")]
    public void Missing_parts_read_unknown(string? stamped, string version, string commit)
    {
        var info = ServiceInfo.FromEnvironment(name => NoVariables.GetValueOrDefault(name), stamped);

        Assert.That(info.Version, Is.EqualTo(version));
        Assert.That(info.Commit, Is.EqualTo(commit));
    }
}

using Pipeline.Release;
using Pipeline.Tests.Configuration;

namespace Pipeline.Tests.Release;

public class ReleaseConfigReaderTests
{
    [Test]
    public void Without_a_release_key_the_alias_moves_at_once()
    {
        using var workspace = new ConfigWorkspace();

        var release = workspace.LoadWith("environments.prod.release", null).GetOrThrow().Environments["prod"].Release;

        Assert.That(release, Is.EqualTo(ReleaseConfig.AllAtOnce));
        Assert.That(release.Alias, Is.EqualTo("live"));
    }

    [Test]
    public void A_canary_with_its_own_alarms_and_a_fractional_bake()
    {
        using var workspace = new ConfigWorkspace();

        var release = workspace.LoadWith("environments.prod.release",
                """{ "alias": "current", "traffic": "canary", "percent": 10, "minutes": 0.5, "alarms": ["greeter-latency"], "pollSeconds": 5 }""")
            .GetOrThrow().Environments["prod"].Release;

        Assert.Multiple(() =>
        {
            Assert.That((release.Strategy, release.Percent, release.Interval), Is.EqualTo((TrafficStrategy.Canary, 10, TimeSpan.FromSeconds(30))));
            Assert.That(release.Alias, Is.EqualTo("current"));
            Assert.That(release.Alarms, Is.EqualTo(new[] { "greeter-latency" }));
            Assert.That(release.Poll, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(release.ToString(), Is.EqualTo("canary 10% for 30 s, then 100%"));
        });
    }

    [TestCase("""{ "traffic": "blue-green" }""", "environments.prod.release.traffic", "\"canary\"")]
    [TestCase("""{ "traffic": "canary", "minutes": 5 }""", "environments.prod.release.percent", "required key 'percent'")]
    [TestCase("""{ "traffic": "linear", "percent": 100, "minutes": 5 }""", "environments.prod.release.percent", "from 1 to 99")]
    [TestCase("""{ "traffic": "canary", "percent": 10 }""", "environments.prod.release.minutes", "required key 'minutes'")]
    [TestCase("""{ "traffic": "canary", "percent": 10, "minutes": -1 }""", "environments.prod.release.minutes", "fractions are allowed")]
    [TestCase("""{ "traffic": "canary", "percent": 10, "minutes": 1, "alias": "42" }""", "environments.prod.release.alias", "not only digits")]
    [TestCase("""{ "traffic": "canary", "percent": 10, "minutes": 1, "alarm": [] }""", "environments.prod.release.alarm", "Did you mean 'alarms'")]
    public void Bad_release_settings_name_the_key_and_the_fix(string json, string keyPath, string text)
    {
        using var workspace = new ConfigWorkspace();

        var result = workspace.LoadWith("environments.prod.release", json);

        var error = result.Errors.FirstOrDefault(e => e.KeyPath == keyPath);
        Assert.That(error, Is.Not.Null, "errors: " + string.Join("\n", result.Errors));
        Assert.That(error!.Message + " " + error.Fix, Does.Contain(text));
    }
}

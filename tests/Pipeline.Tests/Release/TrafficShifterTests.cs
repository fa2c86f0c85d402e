using Pipeline.Release;
using Pipeline.Tests.Deploy;

namespace Pipeline.Tests.Release;

public class TrafficShifterTests
{
    private static readonly ReleaseConfig Canary = new(TrafficStrategy.Canary, 10, TimeSpan.FromMinutes(10))
    {
        Alarms = ["greeter-errors", "greeter-throttles"],
        Poll = TimeSpan.FromMinutes(1),
    };

    private FakeLambda lambda = null!;
    private FakeCloudWatch cloudWatch = null!;
    private FakeDeployClock clock = null!;
    private List<string> log = null!;

    [SetUp]
    public void Fresh()
    {
        (lambda, cloudWatch, clock, log) = (new FakeLambda(), new FakeCloudWatch(), new FakeDeployClock(), []);
        cloudWatch.Add("greeter-errors", "greeter-throttles");
    }

    [TearDown]
    public void Dispose()
    {
        lambda.Dispose();
        cloudWatch.Dispose();
    }

    [Test]
    public async Task A_first_release_creates_the_alias_on_the_new_version()
    {
        var outcome = await ShiftAsync(Canary, new PublishedVersion("1", true, "c"));

        Assert.That(outcome.Status, Is.EqualTo(ReleaseStatus.FirstRelease));
        Assert.That(lambda.Alias!.FunctionVersion, Is.EqualTo("1"));
        Assert.That(clock.Delays, Is.Empty);
    }

    [Test]
    public async Task A_clean_canary_bakes_then_moves_all_traffic_and_records_the_previous_version()
    {
        lambda.AddVersions(5);
        lambda.PointAlias("4");

        var outcome = await ShiftAsync(Canary, new PublishedVersion("5", true, "c"));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(ReleaseStatus.Completed));
            Assert.That((outcome.ServingVersion, outcome.PreviousVersion), Is.EqualTo(("5", "4")));
            Assert.That(lambda.AliasHistory.Select(h => (h.Version, Share(h.Weights, "5"))), Is.EqualTo(new[] { ("4", 0.1), ("5", 0.0) }));
            Assert.That(lambda.Alias!.Description, Does.Contain("previous=4"));
            Assert.That(clock.Delays.Aggregate(TimeSpan.Zero, (a, b) => a + b), Is.EqualTo(TimeSpan.FromMinutes(10)));
            Assert.That(cloudWatch.Reads, Is.EqualTo(12), "once before shifting, then every minute of the 10-minute bake and at its end");
            Assert.That(log, Has.Some.Contains("10% -> version 5, 90% -> version 4"));
            Assert.That(log, Has.Some.Contains("min left"));
        });
    }

    [Test]
    public async Task An_alarm_during_the_canary_sends_traffic_back_and_says_which_alarm_and_value()
    {
        lambda.AddVersions(5);
        lambda.PointAlias("4", "released by the pipeline; previous=3");
        cloudWatch.OnDescribe = read =>
        {
            if (read == 4)
            {
                cloudWatch.Fire("greeter-errors", "7.0");
            }
        };

        var outcome = await ShiftAsync(Canary, new PublishedVersion("5", true, "c"));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(ReleaseStatus.RolledBack));
            Assert.That(outcome.ServingVersion, Is.EqualTo("4"));
            Assert.That(outcome.Alarm!.Name, Is.EqualTo("greeter-errors"));
            Assert.That(outcome.Alarm.Value, Is.EqualTo("7.0"));
            Assert.That(outcome.Summary, Does.Contain("greeter-errors at 7.0").And.Contain("serves version 4 again"));
            Assert.That(lambda.Alias!.FunctionVersion, Is.EqualTo("4"));
            Assert.That(lambda.Alias.RoutingConfig!.AdditionalVersionWeights, Is.Empty);
            Assert.That(lambda.Alias.Description, Does.Contain("previous=3"), "a rejected version never becomes the way back");
            Assert.That(clock.Delays, Has.Count.EqualTo(2), "the bake stopped at the alarm");
        });
    }

    [Test]
    public async Task Linear_steps_raise_the_share_until_the_last_step()
    {
        lambda.AddVersions(2);
        lambda.PointAlias("1");
        var linear = new ReleaseConfig(TrafficStrategy.Linear, 30, TimeSpan.FromMinutes(2)) { Poll = TimeSpan.FromMinutes(5) };

        await ShiftAsync(linear, new PublishedVersion("2", true, "c"));

        Assert.That(lambda.AliasHistory.Select(h => Share(h.Weights, "2")), Is.EqualTo(new[] { 0.3, 0.6, 0.9, 0.0 }));
        Assert.That(lambda.Alias!.FunctionVersion, Is.EqualTo("2"));
        Assert.That(clock.Delays, Is.EqualTo(Enumerable.Repeat(TimeSpan.FromMinutes(2), 3)));
    }

    [Test]
    public async Task An_unchanged_redeploy_moves_nothing()
    {
        lambda.AddVersions(3);
        lambda.PointAlias("3", "released by the pipeline; previous=2");

        var outcome = await ShiftAsync(Canary, new PublishedVersion("3", false, "c"));

        Assert.That(outcome.Status, Is.EqualTo(ReleaseStatus.Unchanged));
        Assert.That(outcome.PreviousVersion, Is.EqualTo("2"));
        Assert.That(lambda.AliasHistory, Is.Empty);
        Assert.That(cloudWatch.Reads, Is.Zero);
    }

    [Test]
    public void An_alarm_already_firing_stops_the_release_before_any_traffic_moves()
    {
        lambda.AddVersions(2);
        lambda.PointAlias("1");
        cloudWatch.Fire("greeter-throttles", "3.0");

        var error = Assert.ThrowsAsync<ReleaseException>(() => ShiftAsync(Canary, new PublishedVersion("2", true, "c")));

        Assert.That(error!.Message, Does.Contain("greeter-throttles").And.Contain("no traffic was moved"));
        Assert.That(lambda.AliasHistory, Is.Empty);
    }

    [Test]
    public void A_missing_alarm_fails_the_release_and_puts_traffic_back()
    {
        lambda.AddVersions(2);
        lambda.PointAlias("1");
        cloudWatch.OnDescribe = read =>
        {
            if (read == 2)
            {
                cloudWatch.Alarms.Remove("greeter-throttles");
            }
        };

        var error = Assert.ThrowsAsync<ReleaseException>(() => ShiftAsync(Canary, new PublishedVersion("2", true, "c")));

        Assert.That(error!.Message, Does.Contain("'greeter-throttles'").And.Contain("release.alarms"));
        Assert.That(lambda.AliasHistory.Last().Version, Is.EqualTo("1"));
        Assert.That(lambda.AliasHistory.Last().Weights, Is.Empty);
    }

    private static double Share(IReadOnlyDictionary<string, double> weights, string version) =>
        weights.TryGetValue(version, out var share) ? share : 0.0;

    private Task<ReleaseOutcome> ShiftAsync(ReleaseConfig config, PublishedVersion version) =>
        new TrafficShifter(lambda, new AlarmWatch(cloudWatch, config.Alarms), clock, log.Add).ShiftAsync("greeter-prod", config, version, CancellationToken.None);
}

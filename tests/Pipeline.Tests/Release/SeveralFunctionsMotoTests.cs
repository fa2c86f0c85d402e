using Amazon.CloudWatch;
using Amazon.CloudWatch.Model;
using Amazon.Lambda;
using Amazon.Lambda.Model;
using Amazon.Runtime;
using Pipeline.Deploy;
using Pipeline.LocalAws;
using Pipeline.Release;
using TestSupport;

namespace Pipeline.Tests.Release;

/// <summary>
/// A service with two functions on moto_server: they take traffic in the same steps, an alarm of either sends both
/// back, a function whose code did not change publishes nothing and stays put through a release and its rollback.
/// </summary>
public class SeveralFunctionsMotoTests
{
    private const string Api = "orders-preprod-api";
    private const string Worker = "orders-preprod-worker";
    private static readonly ReleaseConfig Canary = new(TrafficStrategy.Canary, 10, TimeSpan.FromMinutes(2)) { Poll = TimeSpan.FromMinutes(1) };
    private static readonly string[] Alarms = [.. TemplateAlarms.Names("orders-preprod", "Api"), .. TemplateAlarms.Names("orders-preprod", "Worker")];

    private MotoServer moto = null!;
    private AmazonLambdaClient lambda = null!;
    private AmazonCloudWatchClient cloudWatch = null!;

    [SetUp]
    public async Task FreshEmulator()
    {
        moto = await Moto.FreshAsync();
        var credentials = new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey);
        lambda = new AmazonLambdaClient(credentials, new AmazonLambdaConfig { ServiceURL = moto.Endpoint.ToString(), AuthenticationRegion = LocalAccounts.Region });
        cloudWatch = new AmazonCloudWatchClient(credentials, new AmazonCloudWatchConfig { ServiceURL = moto.Endpoint.ToString(), AuthenticationRegion = LocalAccounts.Region });
        foreach (var function in new[] { Api, Worker })
        {
            await MotoFunctions.CreateAsync(moto, function, "one");
        }

        await TemplateAlarms.CreateForEmulatorAsync(cloudWatch, TemplateAlarms.Names("orders-preprod", "Api"), Api, "live", CancellationToken.None);
        await TemplateAlarms.CreateForEmulatorAsync(cloudWatch, TemplateAlarms.Names("orders-preprod", "Worker"), Worker, "live", CancellationToken.None);
        var first = await ReleaseAsync(new StepClock(_ => Task.CompletedTask));
        Assert.That(first.Select(o => o.Status), Is.All.EqualTo(ReleaseStatus.FirstRelease));
    }

    [TearDown]
    public void Dispose()
    {
        // Null when SetUp stopped early (no moto_server, or a unit-level run).
        lambda?.Dispose();
        cloudWatch?.Dispose();
    }

    [Test]
    public async Task Both_take_traffic_in_the_same_steps_and_an_alarm_of_one_sends_both_back()
    {
        await MotoFunctions.UpdateCodeAsync(moto, Api, "two");
        await MotoFunctions.UpdateCodeAsync(moto, Worker, "two");
        var during = new List<(double Api, double Worker)>();
        var clock = new StepClock(async step =>
        {
            during.Add((await WeightAsync(Api, "2"), await WeightAsync(Worker, "2")));
            await cloudWatch.SetAlarmStateAsync(new SetAlarmStateRequest
            {
                AlarmName = "orders-preprod-Worker-errors", StateValue = StateValue.ALARM, StateReason = "Threshold Crossed: 1 datapoint [3.0]",
            });
        });

        var outcomes = await ReleaseAsync(clock);
        var aliases = new List<(string?, Dictionary<string, double>)>();
        foreach (var function in new[] { Api, Worker })
        {
            var alias = await lambda.GetAliasAsync(new GetAliasRequest { FunctionName = function, Name = "live" });
            aliases.Add((alias.FunctionVersion, alias.RoutingConfig?.AdditionalVersionWeights ?? []));
        }

        Assert.Multiple(() =>
        {
            Assert.That(during, Is.EqualTo(new[] { (0.1, 0.1) }), "both functions bake at the canary's share together");
            Assert.That(outcomes.Select(o => (o.Function, o.Status, o.ServingVersion)),
                Is.EqualTo(new[] { ("Api", ReleaseStatus.RolledBack, "1"), ("Worker", ReleaseStatus.RolledBack, "1") }));
            Assert.That(outcomes.Select(o => o.Alarm?.Name), Is.All.EqualTo("orders-preprod-Worker-errors"));
            Assert.That(aliases, Is.All.EqualTo(("1", new Dictionary<string, double>())), "both aliases serve version 1 alone again");
        });
    }

    [Test]
    public async Task A_function_whose_code_did_not_change_publishes_nothing_and_a_rollback_leaves_it_where_it_is()
    {
        await MotoFunctions.UpdateCodeAsync(moto, Api, "two");

        var outcomes = await ReleaseAsync(new StepClock(_ => Task.CompletedTask));
        var workerVersions = await lambda.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = Worker });
        var rollback = new AliasRollback(lambda, _ => { });
        var api = await rollback.RollbackAsync(Api, "live", null, CancellationToken.None);
        var worker = await rollback.RollbackAsync(Worker, "live", null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => (o.Function, o.Status, o.ServingVersion, o.VersionPublished)),
                Is.EqualTo(new[] { ("Api", ReleaseStatus.Completed, "2", true), ("Worker", ReleaseStatus.Unchanged, "1", false) }));
            Assert.That(workerVersions.Versions!.Select(v => v.Version), Is.EqualTo(new[] { "$LATEST", "1" }));
            Assert.That((api.Status, api.ServingVersion), Is.EqualTo((ReleaseStatus.RolledBack, "1")));
            Assert.That((worker.Status, worker.ServingVersion), Is.EqualTo((ReleaseStatus.Unchanged, "1")));
        });
    }

    [Test]
    public async Task An_unchanged_redeploy_of_both_publishes_nothing_and_moves_no_alias()
    {
        var outcomes = await ReleaseAsync(new StepClock(_ => throw new AssertionException("nothing should bake")));

        Assert.That(outcomes.Select(o => (o.Status, o.VersionPublished)), Is.All.EqualTo((ReleaseStatus.Unchanged, false)));
        Assert.That(ReleaseRecord.Overall(outcomes), Is.EqualTo(ReleaseStatus.Unchanged));
    }

    private async Task<double> WeightAsync(string function, string version)
    {
        var alias = await lambda.GetAliasAsync(new GetAliasRequest { FunctionName = function, Name = "live" });
        return alias.RoutingConfig?.AdditionalVersionWeights?.GetValueOrDefault(version) ?? 0;
    }

    private async Task<IReadOnlyList<ReleaseOutcome>> ReleaseAsync(StepClock clock)
    {
        var versions = new List<FunctionVersion>();
        foreach (var (name, function) in new[] { ("Api", Api), ("Worker", Worker) })
        {
            versions.Add(new FunctionVersion(name, function, await new VersionPublisher(lambda).EnsureAsync(function, CancellationToken.None)));
        }

        return await new TrafficShifter(lambda, new AlarmWatch(cloudWatch, Alarms), clock, _ => { }).ShiftAllAsync(versions, Canary, CancellationToken.None);
    }

    /// <summary>Time that jumps by each wait, running a test action at every wait.</summary>
    private sealed class StepClock(Func<int, Task> onWait) : IDeployClock
    {
        private int steps;

        public DateTimeOffset UtcNow { get; private set; } = DateTimeOffset.UnixEpoch;

        public async Task DelayAsync(TimeSpan delay, CancellationToken cancel)
        {
            UtcNow += delay;
            await onWait(++steps);
        }
    }
}

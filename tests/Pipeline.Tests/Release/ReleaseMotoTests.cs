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
/// The release path on moto_server with the real Lambda and CloudWatch stand-ins: a canary whose alarm is forced
/// into ALARM mid-bake goes back to the old version, a clean canary completes, unchanged code publishes nothing.
/// </summary>
public class ReleaseMotoTests
{
    private const string Function = "greeter-preprod";
    private static readonly ReleaseConfig Canary = new(TrafficStrategy.Canary, 10, TimeSpan.FromMinutes(5))
    {
        Alarms = [Function + "-errors", Function + "-throttles"],
        Poll = TimeSpan.FromMinutes(1),
    };

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
        await MotoFunctions.CreateAsync(moto, Function, "one");
        foreach (var alarm in Canary.Alarms)
        {
            await cloudWatch.PutMetricAlarmAsync(new PutMetricAlarmRequest
            {
                AlarmName = alarm, Namespace = "AWS/Lambda", MetricName = "Errors", Statistic = Statistic.Sum, Period = 60, EvaluationPeriods = 1,
                Threshold = 1, ComparisonOperator = ComparisonOperator.GreaterThanOrEqualToThreshold,
            });
        }

        await ReleaseAsync(new StepClock(_ => Task.CompletedTask));
    }

    [TearDown]
    public void Dispose()
    {
        // Null when SetUp stopped early (no moto_server, or a unit-level run).
        lambda?.Dispose();
        cloudWatch?.Dispose();
    }

    [Test]
    public async Task An_alarm_forced_during_the_canary_returns_all_traffic_to_the_old_version()
    {
        await MotoFunctions.UpdateCodeAsync(moto, Function, "two");
        var clock = new StepClock(_ => cloudWatch.SetAlarmStateAsync(new SetAlarmStateRequest
        {
            AlarmName = Function + "-errors",
            StateValue = StateValue.ALARM,
            StateReason = "Threshold Crossed: 1 datapoint [4.0] was greater than or equal to the threshold (1.0).",
            StateReasonData = """{"version":"1.0","recentDatapoints":[4.0],"threshold":1.0}""",
        }));

        var outcome = await ReleaseAsync(clock);

        var alias = await lambda.GetAliasAsync(new GetAliasRequest { FunctionName = Function, Name = "live" });
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(ReleaseStatus.RolledBack));
            Assert.That(outcome.Alarm, Is.EqualTo(new FiredAlarm(Function + "-errors", "4.0", "Threshold Crossed: 1 datapoint [4.0] was greater than or equal to the threshold (1.0).")));
            Assert.That((outcome.NewVersion, outcome.ServingVersion), Is.EqualTo(("2", "1")));
            Assert.That(alias.FunctionVersion, Is.EqualTo("1"));
            Assert.That(alias.RoutingConfig?.AdditionalVersionWeights ?? [], Is.Empty);
            Assert.That(clock.Steps, Is.EqualTo(1), "rolled back at the first look after the alarm fired");
        });
    }

    [Test]
    public async Task A_clean_canary_moves_all_traffic_and_a_rollback_returns_it()
    {
        await MotoFunctions.UpdateCodeAsync(moto, Function, "two");
        var weightsDuringBake = new List<double>();
        var clock = new StepClock(async _ =>
        {
            var during = await lambda.GetAliasAsync(new GetAliasRequest { FunctionName = Function, Name = "live" });
            weightsDuringBake.Add(during.RoutingConfig!.AdditionalVersionWeights!["2"]);
        });

        var outcome = await ReleaseAsync(clock);
        var rolledBack = await new AliasRollback(lambda, _ => { }).RollbackAsync(Function, "live", null, CancellationToken.None);

        var alias = await lambda.GetAliasAsync(new GetAliasRequest { FunctionName = Function, Name = "live" });
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(ReleaseStatus.Completed));
            Assert.That((outcome.ServingVersion, outcome.PreviousVersion), Is.EqualTo(("2", "1")));
            Assert.That(weightsDuringBake, Is.EqualTo(Enumerable.Repeat(0.1, 5)));
            Assert.That(rolledBack.ServingVersion, Is.EqualTo("1"));
            Assert.That(alias.FunctionVersion, Is.EqualTo("1"));
        });
    }

    [Test]
    public async Task Unchanged_code_publishes_no_version_and_moves_nothing()
    {
        var before = await lambda.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = Function });

        var outcome = await ReleaseAsync(new StepClock(_ => throw new AssertionException("nothing should bake")));

        var after = await lambda.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = Function });
        Assert.That(outcome.Status, Is.EqualTo(ReleaseStatus.Unchanged));
        Assert.That(outcome.VersionPublished, Is.False);
        Assert.That(after.Versions!.Select(v => v.Version), Is.EqualTo(before.Versions!.Select(v => v.Version)));
    }

    private async Task<ReleaseOutcome> ReleaseAsync(StepClock clock)
    {
        var version = await new VersionPublisher(lambda).EnsureAsync(Function, CancellationToken.None);
        return await new TrafficShifter(lambda, new AlarmWatch(cloudWatch, Canary.Alarms), clock, _ => { })
            .ShiftAsync(Function, Canary, version, CancellationToken.None);
    }

    /// <summary>Time that jumps by each wait, running a test action at every wait (e.g. forcing an alarm).</summary>
    private sealed class StepClock(Func<int, Task> onWait) : IDeployClock
    {
        public int Steps { get; private set; }

        public DateTimeOffset UtcNow { get; private set; } = DateTimeOffset.UnixEpoch;

        public async Task DelayAsync(TimeSpan delay, CancellationToken cancel)
        {
            Steps++;
            UtcNow += delay;
            await onWait(Steps);
        }
    }
}

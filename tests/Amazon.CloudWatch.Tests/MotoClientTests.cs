using Amazon.CloudWatch.Model;
using TestSupport;

namespace Amazon.CloudWatch.Tests;

/// <summary>The client against a real moto_server: signing, Query marshalling and XML unmarshalling end to end.</summary>
public class MotoClientTests
{
    [Test]
    public async Task An_alarm_forced_into_ALARM_reads_back_with_its_reason()
    {
        using var client = LocalCloudWatch.Client(await Moto.FreshAsync());
        await client.PutMetricAlarmAsync(new PutMetricAlarmRequest
        {
            AlarmName = "greeter-errors",
            AlarmDescription = "errors on live",
            Namespace = "AWS/Lambda",
            MetricName = "Errors",
            Statistic = Statistic.Sum,
            Dimensions = [new Dimension { Name = "FunctionName", Value = "greeter" }, new Dimension { Name = "Resource", Value = "greeter:live" }],
            Period = 60,
            EvaluationPeriods = 1,
            Threshold = 1,
            ComparisonOperator = ComparisonOperator.GreaterThanOrEqualToThreshold,
            TreatMissingData = "notBreaching",
        });

        await client.SetAlarmStateAsync(new SetAlarmStateRequest
        {
            AlarmName = "greeter-errors",
            StateValue = StateValue.ALARM,
            StateReason = "Threshold Crossed: 1 datapoint [3.0] was >= 1.0",
            StateReasonData = """{"recentDatapoints":[3.0]}""",
        });
        var alarms = await client.DescribeAlarmsAsync(new DescribeAlarmsRequest { AlarmNames = ["greeter-errors", "not-there"] });

        var alarm = alarms.MetricAlarms!.Single();
        Assert.Multiple(() =>
        {
            Assert.That(alarm.AlarmName, Is.EqualTo("greeter-errors"));
            Assert.That(alarm.AlarmArn, Does.Contain(":alarm:greeter-errors"));
            Assert.That(alarm.StateValue, Is.EqualTo(StateValue.ALARM));
            Assert.That(alarm.StateReason, Does.Contain("[3.0]"));
            Assert.That(alarm.StateReasonData, Does.Contain("recentDatapoints"));
            Assert.That(alarm.StateUpdatedTimestamp, Is.Not.Null);
            Assert.That(alarm.Threshold, Is.EqualTo(1.0));
            Assert.That(alarm.ComparisonOperator, Is.EqualTo(ComparisonOperator.GreaterThanOrEqualToThreshold));
            Assert.That(alarm.Dimensions!.Select(d => (d.Name, d.Value)), Is.EquivalentTo(new[] { ("FunctionName", "greeter"), ("Resource", "greeter:live") }));
        });
    }

    [Test]
    // moto starts a new alarm in OK (AWS: INSUFFICIENT_DATA); the state filter is what matters here.
    public async Task Listing_by_prefix_and_by_state()
    {
        using var client = LocalCloudWatch.Client(await Moto.FreshAsync());
        foreach (var name in new[] { "a-errors", "a-throttles" })
        {
            await client.PutMetricAlarmAsync(new PutMetricAlarmRequest
            {
                AlarmName = name,
                Namespace = "AWS/Lambda",
                MetricName = "Errors",
                Statistic = Statistic.Sum,
                Period = 60,
                EvaluationPeriods = 1,
                Threshold = 1,
                ComparisonOperator = ComparisonOperator.GreaterThanOrEqualToThreshold,
            });
        }

        await client.SetAlarmStateAsync(new SetAlarmStateRequest { AlarmName = "a-throttles", StateValue = StateValue.ALARM, StateReason = "test" });
        var all = await client.DescribeAlarmsAsync(new DescribeAlarmsRequest { AlarmNamePrefix = "a-" });
        var firing = await client.DescribeAlarmsAsync(new DescribeAlarmsRequest { StateValue = StateValue.ALARM });

        Assert.That(all.MetricAlarms!.Select(a => (a.AlarmName, a.StateValue!.Value)),
            Is.EquivalentTo(new[] { ("a-errors", "OK"), ("a-throttles", "ALARM") }));
        Assert.That(firing.MetricAlarms!.Select(a => a.AlarmName), Is.EqualTo(new[] { "a-throttles" }));
    }

    [Test]
    public async Task Setting_the_state_of_a_missing_alarm_is_ResourceNotFound()
    {
        using var client = LocalCloudWatch.Client(await Moto.FreshAsync());

        var error = Assert.ThrowsAsync<ResourceNotFoundException>(() => client.SetAlarmStateAsync(
            new SetAlarmStateRequest { AlarmName = "nope", StateValue = StateValue.ALARM, StateReason = "test" }));

        Assert.That(error!.ErrorCode, Is.EqualTo("ResourceNotFound"));
    }
}

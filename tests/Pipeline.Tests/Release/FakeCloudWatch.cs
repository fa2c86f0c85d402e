using Amazon;
using Amazon.CloudWatch;
using Amazon.CloudWatch.Model;
using Amazon.Runtime;

namespace Pipeline.Tests.Release;

/// <summary>Alarms in memory; <see cref="OnDescribe"/> lets a test change a state between two reads.</summary>
internal sealed class FakeCloudWatch() : AmazonCloudWatchClient(new AnonymousAWSCredentials(), RegionEndpoint.EUWest1)
{
    public Dictionary<string, MetricAlarm> Alarms { get; } = new(StringComparer.Ordinal);

    public int Reads { get; private set; }

    public Action<int>? OnDescribe { get; set; }

    public void Add(params string[] names)
    {
        foreach (var name in names)
        {
            Alarms[name] = new MetricAlarm { AlarmName = name, StateValue = StateValue.OK, StateReason = "quiet" };
        }
    }

    public void Fire(string name, string value) =>
        Alarms[name] = new MetricAlarm
        {
            AlarmName = name,
            StateValue = StateValue.ALARM,
            StateReason = $"Threshold Crossed: 1 datapoint [{value}] was greater than or equal to the threshold (1.0).",
            StateReasonData = $$"""{"version":"1.0","recentDatapoints":[{{value}}],"threshold":1.0}""",
        };

    public override Task<DescribeAlarmsResponse> DescribeAlarmsAsync(DescribeAlarmsRequest request, CancellationToken cancellationToken = default)
    {
        Reads++;
        OnDescribe?.Invoke(Reads);
        var found = (request.AlarmNames ?? []).Where(Alarms.ContainsKey).Select(n => Alarms[n]).ToList();
        return Task.FromResult(new DescribeAlarmsResponse { MetricAlarms = found });
    }
}

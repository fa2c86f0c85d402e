using System.Globalization;
using System.Xml.Linq;

namespace Amazon.CloudWatch.Model.Internal.MarshallTransformations;

internal static class AlarmOperations
{
    public static readonly QueryOperation<DescribeAlarmsRequest, DescribeAlarmsResponse> DescribeAlarms = new(
        "DescribeAlarms",
        (q, r) =>
        {
            q.AddStrings("AlarmNames", r.AlarmNames);
            q.Add("AlarmNamePrefix", r.AlarmNamePrefix);
            q.Add("StateValue", r.StateValue?.Value);
            q.Add("MaxRecords", r.MaxRecords);
            q.Add("NextToken", r.NextToken);
        },
        (x, r) =>
        {
            r.MetricAlarms = x.List("MetricAlarms", Alarm);
            r.NextToken = x.Text("NextToken");
        });

    public static readonly QueryOperation<SetAlarmStateRequest, SetAlarmStateResponse> SetAlarmState = new(
        "SetAlarmState",
        (q, r) =>
        {
            q.Add("AlarmName", r.AlarmName);
            q.Add("StateValue", r.StateValue?.Value);
            q.Add("StateReason", r.StateReason);
            q.Add("StateReasonData", r.StateReasonData);
        },
        (_, _) => { });

    public static readonly QueryOperation<PutMetricAlarmRequest, PutMetricAlarmResponse> PutMetricAlarm = new(
        "PutMetricAlarm",
        (q, r) =>
        {
            q.Add("AlarmName", r.AlarmName);
            q.Add("AlarmDescription", r.AlarmDescription);
            q.Add("MetricName", r.MetricName);
            q.Add("Namespace", r.Namespace);
            q.Add("Statistic", r.Statistic?.Value);
            q.AddList("Dimensions", r.Dimensions, (w, prefix, d) =>
            {
                w.Add(prefix + ".Name", d.Name);
                w.Add(prefix + ".Value", d.Value);
            });
            q.Add("Period", r.Period);
            q.Add("EvaluationPeriods", r.EvaluationPeriods);
            q.Add("Threshold", r.Threshold?.ToString("R", CultureInfo.InvariantCulture));
            q.Add("ComparisonOperator", r.ComparisonOperator?.Value);
            q.Add("TreatMissingData", r.TreatMissingData);
        },
        (_, _) => { });

    private static MetricAlarm Alarm(XElement x) => new()
    {
        AlarmName = x.Text("AlarmName"),
        AlarmArn = x.Text("AlarmArn"),
        AlarmDescription = x.Text("AlarmDescription"),
        StateValue = x.Constant("StateValue", StateValue.FindValue),
        StateReason = x.Text("StateReason"),
        StateReasonData = x.Text("StateReasonData"),
        StateUpdatedTimestamp = x.Date("StateUpdatedTimestamp"),
        MetricName = x.Text("MetricName"),
        Namespace = x.Text("Namespace"),
        Statistic = x.Constant("Statistic", Statistic.FindValue),
        Dimensions = x.List("Dimensions", d => new Dimension { Name = d.Text("Name"), Value = d.Text("Value") }),
        Period = x.Int("Period"),
        EvaluationPeriods = x.Int("EvaluationPeriods"),
        Threshold = x.Text("Threshold") is { } t ? double.Parse(t, CultureInfo.InvariantCulture) : null,
        ComparisonOperator = x.Constant("ComparisonOperator", ComparisonOperator.FindValue),
    };
}

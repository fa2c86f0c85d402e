namespace Amazon.CloudWatch.Model;

/// <summary>An alarm on one metric, with its current state and why it is in it.</summary>
public class MetricAlarm
{
    public string? AlarmName { get; set; }

    public string? AlarmArn { get; set; }

    public string? AlarmDescription { get; set; }

    public StateValue? StateValue { get; set; }

    public string? StateReason { get; set; }

    /// <summary>JSON the service (or <c>SetAlarmState</c>) attached, e.g. the data points that crossed the threshold.</summary>
    public string? StateReasonData { get; set; }

    public DateTime? StateUpdatedTimestamp { get; set; }

    public string? MetricName { get; set; }

    public string? Namespace { get; set; }

    public Statistic? Statistic { get; set; }

    public List<Dimension>? Dimensions { get; set; }

    public int? Period { get; set; }

    public int? EvaluationPeriods { get; set; }

    public double? Threshold { get; set; }

    public ComparisonOperator? ComparisonOperator { get; set; }
}

namespace Amazon.CloudWatch.Model;

public class PutMetricAlarmRequest : AmazonCloudWatchRequest
{
    public string? AlarmName { get; set; }

    public string? AlarmDescription { get; set; }

    public string? MetricName { get; set; }

    public string? Namespace { get; set; }

    public Statistic? Statistic { get; set; }

    public List<Dimension>? Dimensions { get; set; }

    public int? Period { get; set; }

    public int? EvaluationPeriods { get; set; }

    public double? Threshold { get; set; }

    public ComparisonOperator? ComparisonOperator { get; set; }

    public string? TreatMissingData { get; set; }
}

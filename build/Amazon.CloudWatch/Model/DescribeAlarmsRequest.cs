namespace Amazon.CloudWatch.Model;

public class DescribeAlarmsRequest : AmazonCloudWatchRequest
{
    public List<string>? AlarmNames { get; set; }

    public string? AlarmNamePrefix { get; set; }

    public StateValue? StateValue { get; set; }

    public int? MaxRecords { get; set; }

    public string? NextToken { get; set; }
}

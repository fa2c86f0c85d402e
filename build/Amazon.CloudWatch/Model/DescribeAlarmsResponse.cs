using Amazon.Runtime;

namespace Amazon.CloudWatch.Model;

public class DescribeAlarmsResponse : AmazonWebServiceResponse
{
    public List<MetricAlarm>? MetricAlarms { get; set; }

    public string? NextToken { get; set; }
}

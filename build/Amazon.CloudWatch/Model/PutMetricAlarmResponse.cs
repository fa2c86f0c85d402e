using Amazon.Runtime;

namespace Amazon.CloudWatch.Model;

public class PutMetricAlarmResponse : AmazonWebServiceResponse
{
}

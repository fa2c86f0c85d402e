using Amazon.Runtime;

namespace Amazon.CloudWatch.Model;

public class SetAlarmStateResponse : AmazonWebServiceResponse
{
}

using Amazon.Runtime;

namespace Amazon.CloudWatch;

public class AmazonCloudWatchRequest : AmazonWebServiceRequest
{
}

using Amazon.Runtime;

namespace Amazon.CloudFormation;

public class AmazonCloudFormationRequest : AmazonWebServiceRequest
{
}

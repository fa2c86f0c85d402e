using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class DeleteStackResponse : AmazonWebServiceResponse
{
}

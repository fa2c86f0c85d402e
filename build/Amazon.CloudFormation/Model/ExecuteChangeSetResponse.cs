using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class ExecuteChangeSetResponse : AmazonWebServiceResponse
{
}

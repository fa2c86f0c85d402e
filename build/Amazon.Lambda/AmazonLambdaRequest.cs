using Amazon.Runtime;

namespace Amazon.Lambda;

public class AmazonLambdaRequest : AmazonWebServiceRequest
{
}

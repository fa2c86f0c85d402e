using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class DescribeStackEventsResponse : AmazonWebServiceResponse
{
    public List<StackEvent>? StackEvents { get; set; }

    public string? NextToken { get; set; }
}

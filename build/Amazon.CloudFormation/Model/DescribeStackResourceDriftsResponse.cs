using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class DescribeStackResourceDriftsResponse : AmazonWebServiceResponse
{
    public List<StackResourceDrift>? StackResourceDrifts { get; set; }

    public string? NextToken { get; set; }
}

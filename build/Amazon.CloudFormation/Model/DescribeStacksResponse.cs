using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class DescribeStacksResponse : AmazonWebServiceResponse
{
    public List<Stack>? Stacks { get; set; }

    public string? NextToken { get; set; }
}

using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class ListStackResourcesResponse : AmazonWebServiceResponse
{
    public List<StackResourceSummary>? StackResourceSummaries { get; set; }

    public string? NextToken { get; set; }
}

using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class ListChangeSetsResponse : AmazonWebServiceResponse
{
    public List<ChangeSetSummary>? Summaries { get; set; }

    public string? NextToken { get; set; }
}

namespace Amazon.CloudFormation.Model;

public class DescribeStackResourceDriftsRequest : AmazonCloudFormationRequest
{
    public string? StackName { get; set; }

    public List<string>? StackResourceDriftStatusFilters { get; set; }

    public string? NextToken { get; set; }

    public int? MaxResults { get; set; }
}

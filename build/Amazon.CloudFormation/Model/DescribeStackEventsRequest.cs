namespace Amazon.CloudFormation.Model;

public class DescribeStackEventsRequest : AmazonCloudFormationRequest
{
    public string? StackName { get; set; }

    public string? NextToken { get; set; }
}

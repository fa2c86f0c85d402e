namespace Amazon.CloudFormation.Model;

public class DescribeStacksRequest : AmazonCloudFormationRequest
{
    public string? StackName { get; set; }

    public string? NextToken { get; set; }
}

namespace Amazon.CloudFormation.Model;

public class ListStackResourcesRequest : AmazonCloudFormationRequest
{
    public string? StackName { get; set; }

    public string? NextToken { get; set; }
}

namespace Amazon.CloudFormation.Model;

public class ListChangeSetsRequest : AmazonCloudFormationRequest
{
    public string? StackName { get; set; }

    public string? NextToken { get; set; }
}

namespace Amazon.CloudFormation.Model;

public class DescribeChangeSetRequest : AmazonCloudFormationRequest
{
    public string? ChangeSetName { get; set; }

    public string? StackName { get; set; }

    public string? NextToken { get; set; }

    public bool? IncludePropertyValues { get; set; }
}

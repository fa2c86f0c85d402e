namespace Amazon.CloudFormation.Model;

public class DeleteChangeSetRequest : AmazonCloudFormationRequest
{
    public string? ChangeSetName { get; set; }

    public string? StackName { get; set; }
}

namespace Amazon.CloudFormation.Model;

public class DetectStackDriftRequest : AmazonCloudFormationRequest
{
    public string? StackName { get; set; }

    public List<string>? LogicalResourceIds { get; set; }
}

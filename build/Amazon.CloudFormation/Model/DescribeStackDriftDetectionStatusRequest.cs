namespace Amazon.CloudFormation.Model;

public class DescribeStackDriftDetectionStatusRequest : AmazonCloudFormationRequest
{
    public string? StackDriftDetectionId { get; set; }
}

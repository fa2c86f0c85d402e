using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class DetectStackDriftResponse : AmazonWebServiceResponse
{
    public string? StackDriftDetectionId { get; set; }
}

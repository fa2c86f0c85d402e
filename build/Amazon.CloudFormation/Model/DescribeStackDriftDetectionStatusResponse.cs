using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class DescribeStackDriftDetectionStatusResponse : AmazonWebServiceResponse
{
    public string? StackId { get; set; }

    public string? StackDriftDetectionId { get; set; }

    public StackDriftStatus? StackDriftStatus { get; set; }

    public StackDriftDetectionStatus? DetectionStatus { get; set; }

    public string? DetectionStatusReason { get; set; }

    public int? DriftedStackResourceCount { get; set; }

    public DateTime? Timestamp { get; set; }
}

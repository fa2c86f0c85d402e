using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class StackDriftDetectionStatus : ConstantClass
{
    public static readonly StackDriftDetectionStatus DETECTION_IN_PROGRESS = new("DETECTION_IN_PROGRESS");

    public static readonly StackDriftDetectionStatus DETECTION_FAILED = new("DETECTION_FAILED");

    public static readonly StackDriftDetectionStatus DETECTION_COMPLETE = new("DETECTION_COMPLETE");

    public StackDriftDetectionStatus(string value)
        : base(value)
    {
    }

    public static StackDriftDetectionStatus FindValue(string value) => FindValue<StackDriftDetectionStatus>(value);

    public static implicit operator StackDriftDetectionStatus(string value) => FindValue(value);
}

using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class StackDriftStatus : ConstantClass
{
    public static readonly StackDriftStatus DRIFTED = new("DRIFTED");

    public static readonly StackDriftStatus IN_SYNC = new("IN_SYNC");

    public static readonly StackDriftStatus UNKNOWN = new("UNKNOWN");

    public static readonly StackDriftStatus NOT_CHECKED = new("NOT_CHECKED");

    public StackDriftStatus(string value)
        : base(value)
    {
    }

    public static StackDriftStatus FindValue(string value) => FindValue<StackDriftStatus>(value);

    public static implicit operator StackDriftStatus(string value) => FindValue(value);
}

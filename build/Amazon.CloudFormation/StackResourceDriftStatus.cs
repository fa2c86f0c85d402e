using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class StackResourceDriftStatus : ConstantClass
{
    public static readonly StackResourceDriftStatus IN_SYNC = new("IN_SYNC");

    public static readonly StackResourceDriftStatus MODIFIED = new("MODIFIED");

    public static readonly StackResourceDriftStatus DELETED = new("DELETED");

    public static readonly StackResourceDriftStatus NOT_CHECKED = new("NOT_CHECKED");

    public static readonly StackResourceDriftStatus UNKNOWN = new("UNKNOWN");

    public static readonly StackResourceDriftStatus UNSUPPORTED = new("UNSUPPORTED");

    public StackResourceDriftStatus(string value)
        : base(value)
    {
    }

    public static StackResourceDriftStatus FindValue(string value) => FindValue<StackResourceDriftStatus>(value);

    public static implicit operator StackResourceDriftStatus(string value) => FindValue(value);
}

using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class DeletionMode : ConstantClass
{
    public static readonly DeletionMode STANDARD = new("STANDARD");

    public static readonly DeletionMode FORCE_DELETE_STACK = new("FORCE_DELETE_STACK");

    public DeletionMode(string value)
        : base(value)
    {
    }

    public static DeletionMode FindValue(string value) => FindValue<DeletionMode>(value);

    public static implicit operator DeletionMode(string value) => FindValue(value);
}

using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class ChangeType : ConstantClass
{
    public static readonly ChangeType Resource = new("Resource");

    public ChangeType(string value)
        : base(value)
    {
    }

    public static ChangeType FindValue(string value) => FindValue<ChangeType>(value);

    public static implicit operator ChangeType(string value) => FindValue(value);
}

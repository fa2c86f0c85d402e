using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class DifferenceType : ConstantClass
{
    public static readonly DifferenceType ADD = new("ADD");

    public static readonly DifferenceType REMOVE = new("REMOVE");

    public static readonly DifferenceType NOT_EQUAL = new("NOT_EQUAL");

    public DifferenceType(string value)
        : base(value)
    {
    }

    public static DifferenceType FindValue(string value) => FindValue<DifferenceType>(value);

    public static implicit operator DifferenceType(string value) => FindValue(value);
}

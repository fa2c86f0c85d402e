using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class OnStackFailure : ConstantClass
{
    public static readonly OnStackFailure DO_NOTHING = new("DO_NOTHING");

    public static readonly OnStackFailure ROLLBACK = new("ROLLBACK");

    public static readonly OnStackFailure DELETE = new("DELETE");

    public OnStackFailure(string value)
        : base(value)
    {
    }

    public static OnStackFailure FindValue(string value) => FindValue<OnStackFailure>(value);

    public static implicit operator OnStackFailure(string value) => FindValue(value);
}

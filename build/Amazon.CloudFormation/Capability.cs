using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class Capability : ConstantClass
{
    public static readonly Capability CAPABILITY_IAM = new("CAPABILITY_IAM");

    public static readonly Capability CAPABILITY_NAMED_IAM = new("CAPABILITY_NAMED_IAM");

    public static readonly Capability CAPABILITY_AUTO_EXPAND = new("CAPABILITY_AUTO_EXPAND");

    public Capability(string value)
        : base(value)
    {
    }

    public static Capability FindValue(string value) => FindValue<Capability>(value);

    public static implicit operator Capability(string value) => FindValue(value);
}

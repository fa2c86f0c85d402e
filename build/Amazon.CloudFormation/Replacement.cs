using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class Replacement : ConstantClass
{
    public static readonly Replacement True = new("True");

    public static readonly Replacement False = new("False");

    public static readonly Replacement Conditional = new("Conditional");

    public Replacement(string value)
        : base(value)
    {
    }

    public static Replacement FindValue(string value) => FindValue<Replacement>(value);

    public static implicit operator Replacement(string value) => FindValue(value);
}

using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class DetailedStatus : ConstantClass
{
    public static readonly DetailedStatus CONFIGURATION_COMPLETE = new("CONFIGURATION_COMPLETE");

    public static readonly DetailedStatus VALIDATION_FAILED = new("VALIDATION_FAILED");

    public DetailedStatus(string value)
        : base(value)
    {
    }

    public static DetailedStatus FindValue(string value) => FindValue<DetailedStatus>(value);

    public static implicit operator DetailedStatus(string value) => FindValue(value);
}

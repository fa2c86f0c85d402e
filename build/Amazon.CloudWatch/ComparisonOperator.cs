using Amazon.Runtime;

namespace Amazon.CloudWatch;

public class ComparisonOperator : ConstantClass
{
    public static readonly ComparisonOperator GreaterThanOrEqualToThreshold = new("GreaterThanOrEqualToThreshold");

    public static readonly ComparisonOperator GreaterThanThreshold = new("GreaterThanThreshold");

    public static readonly ComparisonOperator LessThanThreshold = new("LessThanThreshold");

    public static readonly ComparisonOperator LessThanOrEqualToThreshold = new("LessThanOrEqualToThreshold");

    public ComparisonOperator(string value)
        : base(value)
    {
    }

    public static ComparisonOperator FindValue(string value) => FindValue<ComparisonOperator>(value);

    public static implicit operator ComparisonOperator(string value) => FindValue(value);
}

using Amazon.Runtime;

namespace Amazon.CloudWatch;

public class Statistic : ConstantClass
{
    public static readonly Statistic Sum = new("Sum");

    public static readonly Statistic Average = new("Average");

    public static readonly Statistic Maximum = new("Maximum");

    public static readonly Statistic Minimum = new("Minimum");

    public static readonly Statistic SampleCount = new("SampleCount");

    public Statistic(string value)
        : base(value)
    {
    }

    public static Statistic FindValue(string value) => FindValue<Statistic>(value);

    public static implicit operator Statistic(string value) => FindValue(value);
}

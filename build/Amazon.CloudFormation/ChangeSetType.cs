using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class ChangeSetType : ConstantClass
{
    public static readonly ChangeSetType CREATE = new("CREATE");

    public static readonly ChangeSetType UPDATE = new("UPDATE");

    public static readonly ChangeSetType IMPORT = new("IMPORT");

    public ChangeSetType(string value)
        : base(value)
    {
    }

    public static ChangeSetType FindValue(string value) => FindValue<ChangeSetType>(value);

    public static implicit operator ChangeSetType(string value) => FindValue(value);
}

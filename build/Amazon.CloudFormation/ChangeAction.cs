using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class ChangeAction : ConstantClass
{
    public static readonly ChangeAction Add = new("Add");

    public static readonly ChangeAction Modify = new("Modify");

    public static readonly ChangeAction Remove = new("Remove");

    public static readonly ChangeAction Import = new("Import");

    public static readonly ChangeAction Dynamic = new("Dynamic");

    public static readonly ChangeAction SyncWithActual = new("SyncWithActual");

    public ChangeAction(string value)
        : base(value)
    {
    }

    public static ChangeAction FindValue(string value) => FindValue<ChangeAction>(value);

    public static implicit operator ChangeAction(string value) => FindValue(value);
}

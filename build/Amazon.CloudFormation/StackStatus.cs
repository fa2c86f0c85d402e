using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class StackStatus : ConstantClass
{
    public static readonly StackStatus CREATE_IN_PROGRESS = new("CREATE_IN_PROGRESS");

    public static readonly StackStatus CREATE_FAILED = new("CREATE_FAILED");

    public static readonly StackStatus CREATE_COMPLETE = new("CREATE_COMPLETE");

    public static readonly StackStatus ROLLBACK_IN_PROGRESS = new("ROLLBACK_IN_PROGRESS");

    public static readonly StackStatus ROLLBACK_FAILED = new("ROLLBACK_FAILED");

    public static readonly StackStatus ROLLBACK_COMPLETE = new("ROLLBACK_COMPLETE");

    public static readonly StackStatus DELETE_IN_PROGRESS = new("DELETE_IN_PROGRESS");

    public static readonly StackStatus DELETE_FAILED = new("DELETE_FAILED");

    public static readonly StackStatus DELETE_COMPLETE = new("DELETE_COMPLETE");

    public static readonly StackStatus UPDATE_IN_PROGRESS = new("UPDATE_IN_PROGRESS");

    public static readonly StackStatus UPDATE_COMPLETE_CLEANUP_IN_PROGRESS = new("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS");

    public static readonly StackStatus UPDATE_COMPLETE = new("UPDATE_COMPLETE");

    public static readonly StackStatus UPDATE_FAILED = new("UPDATE_FAILED");

    public static readonly StackStatus UPDATE_ROLLBACK_IN_PROGRESS = new("UPDATE_ROLLBACK_IN_PROGRESS");

    public static readonly StackStatus UPDATE_ROLLBACK_FAILED = new("UPDATE_ROLLBACK_FAILED");

    public static readonly StackStatus UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS = new("UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS");

    public static readonly StackStatus UPDATE_ROLLBACK_COMPLETE = new("UPDATE_ROLLBACK_COMPLETE");

    public static readonly StackStatus REVIEW_IN_PROGRESS = new("REVIEW_IN_PROGRESS");

    public static readonly StackStatus IMPORT_IN_PROGRESS = new("IMPORT_IN_PROGRESS");

    public static readonly StackStatus IMPORT_COMPLETE = new("IMPORT_COMPLETE");

    public static readonly StackStatus IMPORT_ROLLBACK_IN_PROGRESS = new("IMPORT_ROLLBACK_IN_PROGRESS");

    public static readonly StackStatus IMPORT_ROLLBACK_FAILED = new("IMPORT_ROLLBACK_FAILED");

    public static readonly StackStatus IMPORT_ROLLBACK_COMPLETE = new("IMPORT_ROLLBACK_COMPLETE");

    public StackStatus(string value)
        : base(value)
    {
    }

    public static StackStatus FindValue(string value) => FindValue<StackStatus>(value);

    public static implicit operator StackStatus(string value) => FindValue(value);
}

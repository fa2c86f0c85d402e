using Amazon.Runtime;

namespace Amazon.CloudFormation;

public sealed class ExecutionStatus : ConstantClass
{
    public static readonly ExecutionStatus UNAVAILABLE = new("UNAVAILABLE");

    public static readonly ExecutionStatus AVAILABLE = new("AVAILABLE");

    public static readonly ExecutionStatus EXECUTE_IN_PROGRESS = new("EXECUTE_IN_PROGRESS");

    public static readonly ExecutionStatus EXECUTE_COMPLETE = new("EXECUTE_COMPLETE");

    public static readonly ExecutionStatus EXECUTE_FAILED = new("EXECUTE_FAILED");

    public static readonly ExecutionStatus OBSOLETE = new("OBSOLETE");

    public ExecutionStatus(string value)
        : base(value)
    {
    }

    public static ExecutionStatus FindValue(string value) => FindValue<ExecutionStatus>(value);

    public static implicit operator ExecutionStatus(string value) => FindValue(value);
}

namespace Amazon.CloudFormation.Model;

public class Change
{
    public ChangeType? Type { get; set; }

    public int? HookInvocationCount { get; set; }

    public ResourceChange? ResourceChange { get; set; }
}

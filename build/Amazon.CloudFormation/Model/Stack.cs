namespace Amazon.CloudFormation.Model;

public class Stack
{
    public string? StackId { get; set; }

    public string? StackName { get; set; }

    public string? ChangeSetId { get; set; }

    public string? Description { get; set; }

    public List<Parameter>? Parameters { get; set; }

    public DateTime? CreationTime { get; set; }

    public DateTime? DeletionTime { get; set; }

    public DateTime? LastUpdatedTime { get; set; }

    public StackStatus? StackStatus { get; set; }

    public string? StackStatusReason { get; set; }

    public bool? DisableRollback { get; set; }

    public List<string>? NotificationARNs { get; set; }

    public int? TimeoutInMinutes { get; set; }

    public List<string>? Capabilities { get; set; }

    public List<Output>? Outputs { get; set; }

    public string? RoleARN { get; set; }

    public List<Tag>? Tags { get; set; }

    public bool? EnableTerminationProtection { get; set; }

    public string? ParentId { get; set; }

    public string? RootId { get; set; }

    public StackDriftInformation? DriftInformation { get; set; }

    public bool? RetainExceptOnCreate { get; set; }

    public DeletionMode? DeletionMode { get; set; }

    /// <summary>CONFIGURATION_COMPLETE while a CREATE/UPDATE_IN_PROGRESS stack still waits on resources outside its configuration (e.g. ECS rollouts).</summary>
    public DetailedStatus? DetailedStatus { get; set; }
}

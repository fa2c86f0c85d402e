namespace Amazon.CloudFormation.Model;

public class StackResourceSummary
{
    public string? LogicalResourceId { get; set; }

    public string? PhysicalResourceId { get; set; }

    public string? ResourceType { get; set; }

    public DateTime? LastUpdatedTimestamp { get; set; }

    public ResourceStatus? ResourceStatus { get; set; }

    public string? ResourceStatusReason { get; set; }
}

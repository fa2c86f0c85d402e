namespace Amazon.CloudFormation.Model;

public class StackResourceDrift
{
    public string? StackId { get; set; }

    public string? LogicalResourceId { get; set; }

    public string? PhysicalResourceId { get; set; }

    public string? ResourceType { get; set; }

    public string? ExpectedProperties { get; set; }

    public string? ActualProperties { get; set; }

    public List<PropertyDifference>? PropertyDifferences { get; set; }

    public StackResourceDriftStatus? StackResourceDriftStatus { get; set; }

    public DateTime? Timestamp { get; set; }
}

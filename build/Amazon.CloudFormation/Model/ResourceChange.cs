namespace Amazon.CloudFormation.Model;

public class ResourceChange
{
    public ChangeAction? Action { get; set; }

    public string? LogicalResourceId { get; set; }

    public string? PhysicalResourceId { get; set; }

    public string? ResourceType { get; set; }

    public Replacement? Replacement { get; set; }

    public List<string>? Scope { get; set; }

    public string? ChangeSetId { get; set; }
}

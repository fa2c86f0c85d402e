namespace Amazon.CloudFormation.Model;

public class CreateChangeSetRequest : AmazonCloudFormationRequest
{
    public string? StackName { get; set; }

    public string? TemplateBody { get; set; }

    public string? TemplateURL { get; set; }

    public bool? UsePreviousTemplate { get; set; }

    public List<Parameter>? Parameters { get; set; }

    public List<string>? Capabilities { get; set; }

    public List<string>? ResourceTypes { get; set; }

    public string? RoleARN { get; set; }

    public List<string>? NotificationARNs { get; set; }

    public List<Tag>? Tags { get; set; }

    public string? ChangeSetName { get; set; }

    public string? ClientToken { get; set; }

    public string? Description { get; set; }

    public ChangeSetType? ChangeSetType { get; set; }

    public bool? IncludeNestedStacks { get; set; }

    /// <summary>What a CREATE change set does with the stack when creation fails: DO_NOTHING, ROLLBACK (default) or DELETE.</summary>
    public OnStackFailure? OnStackFailure { get; set; }
}

namespace Amazon.CloudFormation.Model;

public class ChangeSetSummary
{
    public string? StackId { get; set; }

    public string? StackName { get; set; }

    public string? ChangeSetId { get; set; }

    public string? ChangeSetName { get; set; }

    public ExecutionStatus? ExecutionStatus { get; set; }

    public ChangeSetStatus? Status { get; set; }

    public string? StatusReason { get; set; }

    public DateTime? CreationTime { get; set; }

    public string? Description { get; set; }
}

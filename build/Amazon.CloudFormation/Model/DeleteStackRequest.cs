namespace Amazon.CloudFormation.Model;

public class DeleteStackRequest : AmazonCloudFormationRequest
{
    public string? StackName { get; set; }

    public List<string>? RetainResources { get; set; }

    public string? RoleARN { get; set; }

    public string? ClientRequestToken { get; set; }

    /// <summary>FORCE_DELETE_STACK deletes a stack stuck in DELETE_FAILED, leaving the failed resources.</summary>
    public DeletionMode? DeletionMode { get; set; }
}

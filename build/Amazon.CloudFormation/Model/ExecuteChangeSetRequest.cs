namespace Amazon.CloudFormation.Model;

public class ExecuteChangeSetRequest : AmazonCloudFormationRequest
{
    public string? ChangeSetName { get; set; }

    public string? StackName { get; set; }

    public string? ClientRequestToken { get; set; }

    public bool? DisableRollback { get; set; }

    public bool? RetainExceptOnCreate { get; set; }
}

namespace Amazon.CloudFormation.Model;

public class DeleteStackRequest : AmazonCloudFormationRequest
{
    public string? StackName { get; set; }

    public List<string>? RetainResources { get; set; }

    public string? RoleARN { get; set; }

    public string? ClientRequestToken { get; set; }
}

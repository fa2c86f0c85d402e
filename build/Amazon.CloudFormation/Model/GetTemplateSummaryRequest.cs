namespace Amazon.CloudFormation.Model;

public class GetTemplateSummaryRequest : AmazonCloudFormationRequest
{
    public string? TemplateBody { get; set; }

    public string? TemplateURL { get; set; }

    public string? StackName { get; set; }
}

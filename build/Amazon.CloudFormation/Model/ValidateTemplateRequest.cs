namespace Amazon.CloudFormation.Model;

public class ValidateTemplateRequest : AmazonCloudFormationRequest
{
    public string? TemplateBody { get; set; }

    public string? TemplateURL { get; set; }
}

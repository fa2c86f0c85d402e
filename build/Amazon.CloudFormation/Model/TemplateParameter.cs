namespace Amazon.CloudFormation.Model;

public class TemplateParameter
{
    public string? ParameterKey { get; set; }

    public string? DefaultValue { get; set; }

    public bool? NoEcho { get; set; }

    public string? Description { get; set; }
}

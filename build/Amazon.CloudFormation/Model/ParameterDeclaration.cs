namespace Amazon.CloudFormation.Model;

public class ParameterDeclaration
{
    public string? ParameterKey { get; set; }

    public string? DefaultValue { get; set; }

    public string? ParameterType { get; set; }

    public bool? NoEcho { get; set; }

    public string? Description { get; set; }
}

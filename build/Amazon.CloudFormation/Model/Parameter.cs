namespace Amazon.CloudFormation.Model;

public class Parameter
{
    public string? ParameterKey { get; set; }

    public string? ParameterValue { get; set; }

    public bool? UsePreviousValue { get; set; }

    public string? ResolvedValue { get; set; }
}

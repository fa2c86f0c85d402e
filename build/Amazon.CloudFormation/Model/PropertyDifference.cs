namespace Amazon.CloudFormation.Model;

public class PropertyDifference
{
    public string? PropertyPath { get; set; }

    public string? ExpectedValue { get; set; }

    public string? ActualValue { get; set; }

    public DifferenceType? DifferenceType { get; set; }
}

namespace Amazon.CloudFormation.Model;

public class Output
{
    public string? OutputKey { get; set; }

    public string? OutputValue { get; set; }

    public string? Description { get; set; }

    public string? ExportName { get; set; }
}

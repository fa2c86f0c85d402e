namespace Amazon.CloudWatch.Model;

public class Dimension
{
    public string? Name { get; set; }

    public string? Value { get; set; }
}

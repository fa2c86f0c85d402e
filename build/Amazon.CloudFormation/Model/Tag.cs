namespace Amazon.CloudFormation.Model;

public class Tag
{
    public string? Key { get; set; }

    public string? Value { get; set; }
}

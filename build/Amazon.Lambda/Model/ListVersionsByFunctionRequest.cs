namespace Amazon.Lambda.Model;

public class ListVersionsByFunctionRequest : AmazonLambdaRequest
{
    public string? FunctionName { get; set; }

    public string? Marker { get; set; }

    public int? MaxItems { get; set; }
}

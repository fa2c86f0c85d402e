namespace Amazon.Lambda.Model;

public class GetAliasRequest : AmazonLambdaRequest
{
    public string? FunctionName { get; set; }

    public string? Name { get; set; }
}

namespace Amazon.Lambda.Model;

public class GetFunctionConfigurationRequest : AmazonLambdaRequest
{
    public string? FunctionName { get; set; }

    public string? Qualifier { get; set; }
}

namespace Amazon.Lambda.Model;

/// <summary>A synchronous (RequestResponse) invocation; <see cref="Qualifier"/> picks a version or an alias.</summary>
public class InvokeRequest : AmazonLambdaRequest
{
    public string? FunctionName { get; set; }

    public string? Qualifier { get; set; }

    /// <summary>The event, as JSON text.</summary>
    public string? Payload { get; set; }
}

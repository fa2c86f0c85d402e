namespace Amazon.Lambda.Model;

public class PublishVersionRequest : AmazonLambdaRequest
{
    public string? FunctionName { get; set; }

    /// <summary>Publish only if $LATEST's code has this hash (base64 SHA-256).</summary>
    public string? CodeSha256 { get; set; }

    public string? Description { get; set; }

    public string? RevisionId { get; set; }
}

namespace Amazon.Lambda.Model;

public class UpdateAliasRequest : AmazonLambdaRequest
{
    public string? FunctionName { get; set; }

    public string? Name { get; set; }

    public string? FunctionVersion { get; set; }

    public string? Description { get; set; }

    public AliasRoutingConfiguration? RoutingConfig { get; set; }

    public string? RevisionId { get; set; }
}

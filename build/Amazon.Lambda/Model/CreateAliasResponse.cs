using Amazon.Runtime;

namespace Amazon.Lambda.Model;

public class CreateAliasResponse : AmazonWebServiceResponse
{
    public string? AliasArn { get; set; }

    public string? Name { get; set; }

    public string? FunctionVersion { get; set; }

    public string? Description { get; set; }

    public AliasRoutingConfiguration? RoutingConfig { get; set; }

    public string? RevisionId { get; set; }
}

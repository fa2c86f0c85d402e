using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class GetTemplateSummaryResponse : AmazonWebServiceResponse
{
    public List<ParameterDeclaration>? Parameters { get; set; }

    public string? Description { get; set; }

    public List<string>? Capabilities { get; set; }

    public string? CapabilitiesReason { get; set; }

    public List<string>? ResourceTypes { get; set; }

    public string? Version { get; set; }

    public List<string>? DeclaredTransforms { get; set; }
}

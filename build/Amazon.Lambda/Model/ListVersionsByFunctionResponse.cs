using Amazon.Runtime;

namespace Amazon.Lambda.Model;

public class ListVersionsByFunctionResponse : AmazonWebServiceResponse
{
    public List<FunctionConfiguration>? Versions { get; set; }

    public string? NextMarker { get; set; }
}

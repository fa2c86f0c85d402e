using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Amazon.CloudWatch.Model.Internal.MarshallTransformations;

/// <summary>One Query API action: how its request is written and how its result is read.</summary>
internal sealed class QueryOperation<TRequest, TResponse>(
    string action, Action<QueryWriter, TRequest> write, Action<XElement, TResponse> read)
    where TRequest : AmazonWebServiceRequest
    where TResponse : AmazonWebServiceResponse, new()
{
    public QueryMarshaller<TRequest> Marshaller { get; } = new(action, write);

    public QueryUnmarshaller<TResponse> Unmarshaller { get; } = new(action, read);

    public InvokeOptions Options() => new() { RequestMarshaller = Marshaller, ResponseUnmarshaller = Unmarshaller };
}

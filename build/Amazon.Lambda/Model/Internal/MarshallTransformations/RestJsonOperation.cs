using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

/// <summary>One REST-JSON operation: how its request is written and how its result is read.</summary>
internal sealed class RestJsonOperation<TRequest, TResponse>(
    string method, string path, Action<RestJsonWriter, TRequest> write, Action<JsonElement, TResponse> read)
    where TRequest : AmazonWebServiceRequest
    where TResponse : AmazonWebServiceResponse, new()
{
    public RestJsonMarshaller<TRequest> Marshaller { get; } = new(method, path, write);

    public RestJsonUnmarshaller<TResponse> Unmarshaller { get; } = new(read);

    public InvokeOptions Options() => new() { RequestMarshaller = Marshaller, ResponseUnmarshaller = Unmarshaller };
}

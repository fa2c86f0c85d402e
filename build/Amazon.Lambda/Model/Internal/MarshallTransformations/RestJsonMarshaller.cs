using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Amazon.Util;

namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

/// <summary>Turns one operation's request into a REST-JSON request: method, path template, query and body.</summary>
internal sealed class RestJsonMarshaller<TRequest>(string method, string path, Action<RestJsonWriter, TRequest> write)
    : IMarshaller<IRequest, AmazonWebServiceRequest>
    where TRequest : AmazonWebServiceRequest
{
    public const string ApiVersion = "2015-03-31";

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        IRequest request = new DefaultRequest(input, "Amazon.Lambda") { HttpMethod = method, ResourcePath = path };
        request.Headers["Content-Type"] = "application/json";
        request.Headers[HeaderKeys.XAmzApiVersion] = ApiVersion;
        write(new RestJsonWriter(request), (TRequest)input);
        return request;
    }
}

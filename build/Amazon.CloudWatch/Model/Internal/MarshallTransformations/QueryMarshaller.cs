using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Amazon.Util;

namespace Amazon.CloudWatch.Model.Internal.MarshallTransformations;

/// <summary>Turns one operation's request into a signed-ready Query POST (form body with Action and Version).</summary>
internal sealed class QueryMarshaller<TRequest>(string action, Action<QueryWriter, TRequest> write)
    : IMarshaller<IRequest, AmazonWebServiceRequest>
    where TRequest : AmazonWebServiceRequest
{
    public const string ApiVersion = "2010-08-01";

    public string Action => action;

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        IRequest request = new DefaultRequest(input, "Amazon.CloudWatch") { HttpMethod = "POST" };
        request.Parameters.Add("Action", action);
        request.Parameters.Add("Version", ApiVersion);
        write(new QueryWriter(request), (TRequest)input);
        request.ContentStream = AWSSDKUtils.WriteParametersToPooledStream(request);
        return request;
    }
}

using System.Net;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Amazon.CloudWatch.Model.Internal.MarshallTransformations;

/// <summary>
/// Reads <c>&lt;{Action}Response&gt;&lt;{Action}Result&gt;…</c> into the response type, and any error body into an
/// <see cref="AmazonCloudWatchException"/> carrying the AWS error code.
/// </summary>
internal sealed class QueryUnmarshaller<TResponse>(string action, Action<XElement, TResponse> read) : XmlResponseUnmarshaller
    where TResponse : AmazonWebServiceResponse, new()
{
    public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext input)
    {
        var response = new TResponse();
        if (input.IsEmptyResponse)
        {
            return response;
        }

        var root = XDocument.Load(input.Stream).Root;
        if (root?.Child(action + "Result") is { } result)
        {
            read(result, response);
        }

        if (root?.Child("ResponseMetadata")?.Text("RequestId") is { } requestId)
        {
            response.ResponseMetadata = new ResponseMetadata { RequestId = requestId };
        }

        return response;
    }

    public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        var error = XmlErrorResponseUnmarshaller.GetInstance().Unmarshall(input);
        return CloudWatchErrors.Create(error, innerException, statusCode);
    }
}

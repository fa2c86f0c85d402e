using System.Globalization;
using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

/// <summary>
/// Invoke is REST-JSON with a raw body both ways: the event goes out as the body, the function's answer comes back
/// as the body, and the outcome is in the status code and the X-Amz-Function-Error / X-Amz-Executed-Version headers.
/// </summary>
internal static class InvokeOperation
{
    public static InvokeOptions Options() => new() { RequestMarshaller = new Marshaller(), ResponseUnmarshaller = new Unmarshaller() };

    private sealed class Marshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var invoke = (InvokeRequest)input;
            var request = new RestJsonMarshaller<InvokeRequest>("POST", "/2015-03-31/functions/{FunctionName}/invocations", (w, r) =>
            {
                w.Path("FunctionName", r.FunctionName);
                w.Query("Qualifier", r.Qualifier);
            }).Marshall(input);
            request.Headers["X-Amz-Invocation-Type"] = "RequestResponse";
            request.Content = System.Text.Encoding.UTF8.GetBytes(invoke.Payload ?? "{}");
            request.Headers["Content-Length"] = request.Content.Length.ToString(CultureInfo.InvariantCulture);
            return request;
        }
    }

    private sealed class Unmarshaller : JsonResponseUnmarshaller
    {
        private static readonly RestJsonUnmarshaller<InvokeResponse> Errors = new((_, _) => { });

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var payload = new MemoryStream();
            context.Stream.CopyTo(payload);
            payload.Position = 0;
            return new InvokeResponse
            {
                StatusCode = (int)context.ResponseData.StatusCode,
                FunctionError = context.ResponseData.GetHeaderValue("X-Amz-Function-Error") is { Length: > 0 } error ? error : null,
                ExecutedVersion = context.ResponseData.GetHeaderValue("X-Amz-Executed-Version") is { Length: > 0 } version ? version : null,
                Payload = payload,
            };
        }

        public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode) =>
            Errors.UnmarshallException(context, innerException, statusCode);
    }
}

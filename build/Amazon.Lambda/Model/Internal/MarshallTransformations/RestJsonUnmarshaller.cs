using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

/// <summary>
/// Reads a JSON body into the response type, and an error (code in <c>x-amzn-ErrorType</c> or the body's
/// <c>__type</c>/<c>Type</c>) into an <see cref="AmazonLambdaException"/> carrying the AWS error code.
/// </summary>
internal sealed class RestJsonUnmarshaller<TResponse>(Action<JsonElement, TResponse> read) : JsonResponseUnmarshaller
    where TResponse : AmazonWebServiceResponse, new()
{
    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var response = new TResponse();
        using var body = JsonDocument.Parse(context.Stream);
        read(body.RootElement, response);
        if (context.ResponseData.GetHeaderValue("x-amzn-RequestId") is { Length: > 0 } requestId)
        {
            response.ResponseMetadata = new ResponseMetadata { RequestId = requestId };
        }

        return response;
    }

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
    {
        var error = new ErrorResponse
        {
            RequestId = context.ResponseData.GetHeaderValue("x-amzn-RequestId"),
            Type = (int)statusCode >= 500 ? ErrorType.Receiver : ErrorType.Sender,
        };
        var code = context.ResponseData.GetHeaderValue("x-amzn-ErrorType");
        try
        {
            using var body = JsonDocument.Parse(context.Stream);
            var root = body.RootElement;
            code = string.IsNullOrEmpty(code) ? root.Text("__type") ?? root.Text("code") : code;
            error.Message = root.Text("message") ?? root.Text("Message");
        }
        catch (JsonException)
        {
            error.Message = $"Lambda answered {(int)statusCode} without a JSON body.";
        }

        // "ResourceNotFoundException:http://internal.amazon.com/..." and "aws.protocoltests#Name" both name the shape.
        error.Code = code?.Split(':')[0].Split('#')[^1];
        return LambdaErrors.Create(error, innerException, statusCode);
    }
}

using System.Net;
using Amazon.Runtime.Internal;

namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

internal static class LambdaErrors
{
    public static AmazonLambdaException Create(ErrorResponse error, Exception? innerException, HttpStatusCode statusCode) =>
        error.Code == "ResourceNotFoundException"
            ? new ResourceNotFoundException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode)
            : new AmazonLambdaException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode);
}

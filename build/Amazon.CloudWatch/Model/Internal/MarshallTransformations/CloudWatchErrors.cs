using System.Net;
using Amazon.CloudWatch.Model;
using Amazon.Runtime.Internal;

namespace Amazon.CloudWatch.Model.Internal.MarshallTransformations;

internal static class CloudWatchErrors
{
    public static AmazonCloudWatchException Create(ErrorResponse error, Exception? innerException, HttpStatusCode statusCode) =>
        error.Code == "ResourceNotFound"
            ? new ResourceNotFoundException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode)
            : new AmazonCloudWatchException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode);
}

using System.Net;
using Amazon.Runtime;

namespace Amazon.CloudWatch;

/// <summary>An error answered by CloudWatch; <see cref="AmazonServiceException.ErrorCode"/> holds the AWS error code.</summary>
public class AmazonCloudWatchException : AmazonServiceException
{
    public AmazonCloudWatchException(string message)
        : base(message)
    {
    }

    public AmazonCloudWatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AmazonCloudWatchException(
        string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }
}

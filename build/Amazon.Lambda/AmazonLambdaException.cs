using System.Net;
using Amazon.Runtime;

namespace Amazon.Lambda;

/// <summary>An error answered by Lambda; <see cref="AmazonServiceException.ErrorCode"/> holds the AWS error code.</summary>
public class AmazonLambdaException : AmazonServiceException
{
    public AmazonLambdaException(string message)
        : base(message)
    {
    }

    public AmazonLambdaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AmazonLambdaException(
        string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }
}

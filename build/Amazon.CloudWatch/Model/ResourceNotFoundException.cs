using System.Net;
using Amazon.Runtime;

namespace Amazon.CloudWatch.Model;

/// <summary>The named alarm does not exist.</summary>
public class ResourceNotFoundException : AmazonCloudWatchException
{
    public ResourceNotFoundException(string message)
        : base(message)
    {
    }

    public ResourceNotFoundException(
        string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }
}

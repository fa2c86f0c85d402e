using System.Net;
using Amazon.Runtime;

namespace Amazon.Lambda.Model;

/// <summary>The function, version or alias does not exist.</summary>
public class ResourceNotFoundException : AmazonLambdaException
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

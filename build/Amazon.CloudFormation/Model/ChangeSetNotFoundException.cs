using System.Net;
using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

/// <summary>The error code <c>ChangeSetNotFound</c>: the named change set does not exist.</summary>
public class ChangeSetNotFoundException : AmazonCloudFormationException
{
    public ChangeSetNotFoundException(string message)
        : base(message)
    {
    }

    public ChangeSetNotFoundException(
        string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }
}

using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Amazon.CloudFormation.Model.Internal.MarshallTransformations;

internal static class CloudFormationErrors
{
    public static AmazonCloudFormationException Create(ErrorResponse error, Exception? innerException, HttpStatusCode statusCode) =>
        error.Code == "ChangeSetNotFound"
            ? new ChangeSetNotFoundException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode)
            : new AmazonCloudFormationException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode);
}

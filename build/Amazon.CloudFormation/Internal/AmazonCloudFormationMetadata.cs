using Amazon.Runtime.Internal;

namespace Amazon.CloudFormation.Internal;

public class AmazonCloudFormationMetadata : IServiceMetadata
{
    public string ServiceId => "CloudFormation";

    public IDictionary<string, string> OperationNameMapping => new Dictionary<string, string>(0);
}

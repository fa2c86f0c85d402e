using Amazon.Runtime.Internal;

namespace Amazon.CloudWatch.Internal;

public class AmazonCloudWatchMetadata : IServiceMetadata
{
    public string ServiceId => "CloudWatch";

    public IDictionary<string, string> OperationNameMapping => new Dictionary<string, string>(0);
}

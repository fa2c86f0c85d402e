using Amazon.Runtime.Internal;

namespace Amazon.Lambda.Internal;

public class AmazonLambdaMetadata : IServiceMetadata
{
    public string ServiceId => "Lambda";

    public IDictionary<string, string> OperationNameMapping => new Dictionary<string, string>(0);
}

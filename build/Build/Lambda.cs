using Amazon.CloudWatch;
using Amazon.Lambda;
using Amazon.Runtime;
using Pipeline.Aws;

namespace Build;

/// <summary>Lambda and CloudWatch run in the runtime account, as the assumed deploy role.</summary>
public static class Lambda
{
    public static IAmazonLambda Client(BuildContext context) =>
        Runtime(context).Create(AwsIdentity.Runtime, (AWSCredentials credentials, AmazonLambdaConfig config) => new AmazonLambdaClient(credentials, config));

    public static IAmazonCloudWatch Alarms(BuildContext context) =>
        Runtime(context).Create(AwsIdentity.Runtime, (AWSCredentials credentials, AmazonCloudWatchConfig config) => new AmazonCloudWatchClient(credentials, config));

    private static AwsClientFactory Runtime(BuildContext context) =>
        (context.Aws.Runtime ?? throw new InvalidOperationException("The runtime role has not been assumed yet.")).Clients;
}

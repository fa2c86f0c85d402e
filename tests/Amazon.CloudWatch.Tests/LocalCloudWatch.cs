using Amazon.Runtime;
using Pipeline.LocalAws;

namespace Amazon.CloudWatch.Tests;

/// <summary>A real client pointed at the shared moto_server, with moto's test keys.</summary>
internal static class LocalCloudWatch
{
    public static AmazonCloudWatchClient Client(MotoServer moto) =>
        new(
            new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey),
            new AmazonCloudWatchConfig
            {
                ServiceURL = moto.Endpoint.ToString(),
                AuthenticationRegion = LocalAccounts.Region,
                MaxErrorRetry = 1,
            });
}

using Amazon.Runtime;
using Pipeline.LocalAws;

namespace Amazon.CloudFormation.Tests;

/// <summary>A real client pointed at the shared moto_server, with moto's test keys.</summary>
internal static class LocalCloudFormation
{
    public static AmazonCloudFormationClient Client(MotoServer moto) =>
        new(
            new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey),
            new AmazonCloudFormationConfig
            {
                ServiceURL = moto.Endpoint.ToString(),
                AuthenticationRegion = LocalAccounts.Region,
                MaxErrorRetry = 1,
            });
}

using Amazon.Runtime;
using Pipeline.LocalAws;

namespace Amazon.Lambda.Tests;

/// <summary>A real client pointed at the shared moto_server, with moto's test keys.</summary>
internal static class LocalLambda
{
    public static AmazonLambdaClient Client(MotoServer moto) =>
        new(
            new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey),
            new AmazonLambdaConfig
            {
                ServiceURL = moto.Endpoint.ToString(),
                AuthenticationRegion = LocalAccounts.Region,
                MaxErrorRetry = 1,
            });
}

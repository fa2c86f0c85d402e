using Amazon.Runtime;
using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Pipeline.Tests.Aws;

/// <summary>Clients for the infrastructure identity against a moto endpoint, optionally through <see cref="FaultyHttp"/>.</summary>
public static class LocalClients
{
    public static AwsTarget Target(MotoServer moto) => new(LocalAccounts.Region, moto.Endpoint);

    public static AwsClientFactory For(MotoServer moto, HttpClientFactory? http = null) =>
        new(Target(moto), new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey),
            configure: http is null ? null : config => config.HttpClientFactory = http);
}

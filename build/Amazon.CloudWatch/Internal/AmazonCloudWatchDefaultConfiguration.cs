using Amazon.Runtime;

namespace Amazon.CloudWatch.Internal;

/// <summary>One default per SDK defaults mode; the SDK looks the active mode up by name.</summary>
internal static class AmazonCloudWatchDefaultConfiguration
{
    public static IEnumerable<IDefaultConfiguration> GetAllConfigurations() =>
        Enum.GetValues<DefaultConfigurationMode>().Select(mode => (IDefaultConfiguration)new DefaultConfiguration
        {
            Name = mode,
            RetryMode = RequestRetryMode.Standard,
            S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
            ConnectTimeout = mode is DefaultConfigurationMode.Mobile ? TimeSpan.FromSeconds(30) : TimeSpan.FromMilliseconds(3100),
            TlsNegotiationTimeout = mode is DefaultConfigurationMode.Mobile ? TimeSpan.FromSeconds(30) : TimeSpan.FromMilliseconds(3100),
        }).ToList();
}

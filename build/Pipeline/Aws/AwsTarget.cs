using Amazon;
using Amazon.Runtime;

namespace Pipeline.Aws;

/// <summary>
/// Where AWS calls go. Real AWS and the local emulator differ only here: an emulator run sets
/// <see cref="ServiceUrl"/>, everything else takes the same code path.
/// </summary>
public sealed record AwsTarget(string Region, Uri? ServiceUrl = null)
{
    public RegionEndpoint RegionEndpoint => RegionEndpoint.GetBySystemName(Region);

    public bool IsLocal => ServiceUrl is not null;

    /// <summary>Applies region, endpoint override and a bounded retry policy to any SDK client config.</summary>
    public TConfig Configure<TConfig>(TConfig config) where TConfig : ClientConfig
    {
        if (ServiceUrl is null)
        {
            config.RegionEndpoint = RegionEndpoint;
        }
        else
        {
            config.ServiceURL = ServiceUrl.ToString();
            config.AuthenticationRegion = Region;
        }

        config.MaxErrorRetry = 4;
        if (config is Amazon.S3.AmazonS3Config s3)
        {
            // The emulator on 127.0.0.1 misreads virtual-host addressing.
            s3.ForcePathStyle = IsLocal;
            Artifacts.PartPayloadHashes.Register();
        }

        return config;
    }
}

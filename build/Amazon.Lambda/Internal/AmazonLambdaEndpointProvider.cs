using Amazon.Lambda.Endpoints;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;

namespace Amazon.Lambda.Internal;

/// <summary>Lambda's endpoint rules: custom URL, else regional, FIPS and dual-stack host names per partition.</summary>
public class AmazonLambdaEndpointProvider : IEndpointProvider
{
    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var fips = Equals(parameters["UseFIPS"], true);
        var dualStack = Equals(parameters["UseDualStack"], true);
        if (parameters["Endpoint"] is string custom && custom.Length > 0)
        {
            if (fips)
            {
                throw new AmazonClientException("Invalid Configuration: FIPS and custom endpoint are not supported");
            }

            if (dualStack)
            {
                throw new AmazonClientException("Invalid Configuration: Dualstack and custom endpoint are not supported");
            }

            return new Endpoint(custom);
        }

        if (parameters["Region"] is not string region || region.Length == 0)
        {
            throw new AmazonClientException("Invalid Configuration: Missing Region");
        }

        var partition = Fn.Partition(region)
            ?? throw new AmazonClientException($"Region '{region}' belongs to no known partition.");
        return new Endpoint(HostFor(region, partition, fips, dualStack));
    }

    private static string HostFor(string region, Partition partition, bool fips, bool dualStack)
    {
        if (fips && dualStack)
        {
            return partition.supportsFIPS && partition.supportsDualStack
                ? $"https://lambda-fips.{region}.{partition.dualStackDnsSuffix}"
                : throw new AmazonClientException("FIPS and DualStack are enabled, but this partition does not support one or both");
        }

        if (fips)
        {
            if (!partition.supportsFIPS)
            {
                throw new AmazonClientException("FIPS is enabled but this partition does not support FIPS");
            }

            return $"https://lambda-fips.{region}.{partition.dnsSuffix}";
        }

        if (dualStack)
        {
            return partition.supportsDualStack
                ? $"https://lambda.{region}.{partition.dualStackDnsSuffix}"
                : throw new AmazonClientException("DualStack is enabled but this partition does not support DualStack");
        }

        return $"https://lambda.{region}.{partition.dnsSuffix}";
    }
}

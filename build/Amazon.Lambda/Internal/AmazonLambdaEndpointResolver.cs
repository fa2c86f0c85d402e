using Amazon.Lambda.Endpoints;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util;

namespace Amazon.Lambda.Internal;

/// <summary>Pipeline step that maps the client config onto <see cref="LambdaEndpointParameters"/>.</summary>
public class AmazonLambdaEndpointResolver : BaseEndpointResolver
{
    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
    {
        var config = (AmazonLambdaConfig)requestContext.ClientConfig;
        var parameters = new LambdaEndpointParameters
        {
            Region = config.RegionEndpoint?.SystemName,
            UseDualStack = config.UseDualstackEndpoint,
            UseFIPS = config.UseFIPSEndpoint,
            Endpoint = config.ServiceURL,
        };
        if (config.RegionEndpoint is null && !string.IsNullOrEmpty(config.ServiceURL))
        {
            parameters.Region = !string.IsNullOrEmpty(config.AuthenticationRegion)
                ? config.AuthenticationRegion
                : RegionEndpoint.GetBySystemName(AWSSDKUtils.DetermineRegion(config.ServiceURL)).SystemName;
        }

        if (requestContext.Request.AlternateEndpoint is { } alternate)
        {
            parameters.Region = alternate.SystemName;
        }

        return parameters;
    }
}

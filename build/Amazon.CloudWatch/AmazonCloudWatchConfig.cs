using Amazon.CloudWatch.Internal;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;

namespace Amazon.CloudWatch;

/// <summary>Configuration for the CloudWatch client.</summary>
public class AmazonCloudWatchConfig : ClientConfig
{
    private static readonly string UserAgentString = InternalSDKUtils.BuildUserAgentString("CloudWatch", "4.0.0.0");
    private static readonly AmazonCloudWatchEndpointResolver EndpointResolver = new();

    public AmazonCloudWatchConfig()
        : base(new DefaultConfigurationProvider(AmazonCloudWatchDefaultConfiguration.GetAllConfigurations()))
    {
        // The base ServiceId drives AWS_ENDPOINT_URL_CLOUDWATCH and the profile's endpoint_url.
        base.ServiceId = ServiceId;
        AuthenticationServiceName = "monitoring";
        EndpointProvider = new AmazonCloudWatchEndpointProvider();
    }

    public static new string ServiceId => "CloudWatch";

    public override string RegionEndpointServiceName => "monitoring";

    public override string ServiceVersion => "2010-08-01";

    public override string UserAgent => UserAgentString;

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        var requestContext = new RequestContext(false)
        {
            ClientConfig = this,
            OriginalRequest = parameters.Request,
            Request = new DefaultRequest(parameters.Request, ServiceId) { AlternateEndpoint = parameters.AlternateEndpoint },
        };
        return EndpointResolver.GetEndpoint(new Amazon.Runtime.Internal.ExecutionContext(requestContext, null));
    }
}

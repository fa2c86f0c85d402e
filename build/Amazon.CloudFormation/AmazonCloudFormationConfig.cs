using Amazon.CloudFormation.Internal;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;

namespace Amazon.CloudFormation;

/// <summary>Configuration for the CloudFormation client.</summary>
public class AmazonCloudFormationConfig : ClientConfig
{
    private static readonly string UserAgentString = InternalSDKUtils.BuildUserAgentString("CloudFormation", "4.0.0.0");
    private static readonly AmazonCloudFormationEndpointResolver EndpointResolver = new();

    public AmazonCloudFormationConfig()
        : base(new DefaultConfigurationProvider(AmazonCloudFormationDefaultConfiguration.GetAllConfigurations()))
    {
        // The base ServiceId drives AWS_ENDPOINT_URL_CLOUDFORMATION and the profile's endpoint_url.
        base.ServiceId = ServiceId;
        AuthenticationServiceName = "cloudformation";
        EndpointProvider = new AmazonCloudFormationEndpointProvider();
    }

    public static new string ServiceId => "CloudFormation";

    public override string RegionEndpointServiceName => "cloudformation";

    public override string ServiceVersion => "2010-05-15";

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

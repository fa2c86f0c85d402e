using Amazon.Lambda.Internal;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;

namespace Amazon.Lambda;

/// <summary>Configuration for the Lambda client.</summary>
public class AmazonLambdaConfig : ClientConfig
{
    private static readonly string UserAgentString = InternalSDKUtils.BuildUserAgentString("Lambda", "4.0.0.0");
    private static readonly AmazonLambdaEndpointResolver EndpointResolver = new();

    public AmazonLambdaConfig()
        : base(new DefaultConfigurationProvider(AmazonLambdaDefaultConfiguration.GetAllConfigurations()))
    {
        // The base ServiceId drives AWS_ENDPOINT_URL_LAMBDA and the profile's endpoint_url.
        base.ServiceId = ServiceId;
        AuthenticationServiceName = "lambda";
        EndpointProvider = new AmazonLambdaEndpointProvider();
    }

    public static new string ServiceId => "Lambda";

    public override string RegionEndpointServiceName => "lambda";

    public override string ServiceVersion => "2015-03-31";

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

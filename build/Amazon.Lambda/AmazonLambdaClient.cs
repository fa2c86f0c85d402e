using Amazon.Lambda.Internal;
using Amazon.Lambda.Model;
using Amazon.Lambda.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Amazon.Lambda;

/// <summary>
/// Lambda over the REST-JSON protocol on AWSSDK.Core's pipeline: credentials, SigV4 signing, retries and
/// throttling come from the SDK; this class only supplies marshalling, endpoints and the auth scheme.
/// </summary>
public class AmazonLambdaClient : AmazonServiceClient, IAmazonLambda
{
    private static readonly IServiceMetadata Metadata = new AmazonLambdaMetadata();

    public AmazonLambdaClient()
        : base(new AmazonLambdaConfig())
    {
    }

    public AmazonLambdaClient(RegionEndpoint region)
        : base(new AmazonLambdaConfig { RegionEndpoint = region })
    {
    }

    public AmazonLambdaClient(AmazonLambdaConfig config)
        : base(config)
    {
    }

    public AmazonLambdaClient(AWSCredentials credentials)
        : this(credentials, new AmazonLambdaConfig())
    {
    }

    public AmazonLambdaClient(AWSCredentials credentials, RegionEndpoint region)
        : this(credentials, new AmazonLambdaConfig { RegionEndpoint = region })
    {
    }

    public AmazonLambdaClient(AWSCredentials credentials, AmazonLambdaConfig clientConfig)
        : base(credentials, clientConfig)
    {
    }

    protected override IServiceMetadata ServiceMetadata => Metadata;

    public virtual Task<PublishVersionResponse> PublishVersionAsync(PublishVersionRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<PublishVersionResponse>(request, VersionOperations.PublishVersion.Options(), cancellationToken);

    public virtual Task<GetFunctionConfigurationResponse> GetFunctionConfigurationAsync(GetFunctionConfigurationRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<GetFunctionConfigurationResponse>(request, VersionOperations.GetFunctionConfiguration.Options(), cancellationToken);

    public virtual Task<ListVersionsByFunctionResponse> ListVersionsByFunctionAsync(ListVersionsByFunctionRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<ListVersionsByFunctionResponse>(request, VersionOperations.ListVersionsByFunction.Options(), cancellationToken);

    public virtual Task<GetAliasResponse> GetAliasAsync(GetAliasRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<GetAliasResponse>(request, AliasOperations.GetAlias.Options(), cancellationToken);

    public virtual Task<CreateAliasResponse> CreateAliasAsync(CreateAliasRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateAliasResponse>(request, AliasOperations.CreateAlias.Options(), cancellationToken);

    public virtual Task<UpdateAliasResponse> UpdateAliasAsync(UpdateAliasRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<UpdateAliasResponse>(request, AliasOperations.UpdateAlias.Options(), cancellationToken);

    public virtual Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<InvokeResponse>(request, InvokeOperation.Options(), cancellationToken);

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new AmazonLambdaEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new AmazonLambdaAuthSchemeHandler());
    }
}

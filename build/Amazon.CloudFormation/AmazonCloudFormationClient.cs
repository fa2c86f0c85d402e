using Amazon.CloudFormation.Internal;
using Amazon.CloudFormation.Model;
using Amazon.CloudFormation.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Amazon.CloudFormation;

/// <summary>
/// CloudFormation over the AWS Query protocol on AWSSDK.Core's pipeline: credentials, SigV4 signing, retries and
/// throttling come from the SDK; this class only supplies marshalling, endpoints and the auth scheme.
/// </summary>
public class AmazonCloudFormationClient : AmazonServiceClient, IAmazonCloudFormation
{
    private static readonly IServiceMetadata Metadata = new AmazonCloudFormationMetadata();

    public AmazonCloudFormationClient()
        : base(new AmazonCloudFormationConfig())
    {
    }

    public AmazonCloudFormationClient(RegionEndpoint region)
        : base(new AmazonCloudFormationConfig { RegionEndpoint = region })
    {
    }

    public AmazonCloudFormationClient(AmazonCloudFormationConfig config)
        : base(config)
    {
    }

    public AmazonCloudFormationClient(AWSCredentials credentials)
        : this(credentials, new AmazonCloudFormationConfig())
    {
    }

    public AmazonCloudFormationClient(AWSCredentials credentials, RegionEndpoint region)
        : this(credentials, new AmazonCloudFormationConfig { RegionEndpoint = region })
    {
    }

    public AmazonCloudFormationClient(AWSCredentials credentials, AmazonCloudFormationConfig clientConfig)
        : base(credentials, clientConfig)
    {
    }

    private ICloudFormationPaginatorFactory? paginators;

    protected override IServiceMetadata ServiceMetadata => Metadata;

    public ICloudFormationPaginatorFactory Paginators => paginators ??= new CloudFormationPaginatorFactory(this);

    public virtual Task<CreateChangeSetResponse> CreateChangeSetAsync(CreateChangeSetRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateChangeSetResponse>(request, ChangeSetOperations.CreateChangeSet.Options(), cancellationToken);

    public virtual Task<DescribeChangeSetResponse> DescribeChangeSetAsync(DescribeChangeSetRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DescribeChangeSetResponse>(request, ChangeSetOperations.DescribeChangeSet.Options(), cancellationToken);

    public virtual Task<ExecuteChangeSetResponse> ExecuteChangeSetAsync(ExecuteChangeSetRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<ExecuteChangeSetResponse>(request, ChangeSetOperations.ExecuteChangeSet.Options(), cancellationToken);

    public virtual Task<DeleteChangeSetResponse> DeleteChangeSetAsync(DeleteChangeSetRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DeleteChangeSetResponse>(request, ChangeSetOperations.DeleteChangeSet.Options(), cancellationToken);

    public virtual Task<ListChangeSetsResponse> ListChangeSetsAsync(ListChangeSetsRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<ListChangeSetsResponse>(request, ChangeSetOperations.ListChangeSets.Options(), cancellationToken);

    public virtual Task<DescribeStacksResponse> DescribeStacksAsync(DescribeStacksRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DescribeStacksResponse>(request, StackOperations.DescribeStacks.Options(), cancellationToken);

    public virtual Task<DescribeStackEventsResponse> DescribeStackEventsAsync(DescribeStackEventsRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DescribeStackEventsResponse>(request, StackOperations.DescribeStackEvents.Options(), cancellationToken);

    public virtual Task<DeleteStackResponse> DeleteStackAsync(DeleteStackRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DeleteStackResponse>(request, StackOperations.DeleteStack.Options(), cancellationToken);

    public virtual Task<ListStackResourcesResponse> ListStackResourcesAsync(ListStackResourcesRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<ListStackResourcesResponse>(request, StackOperations.ListStackResources.Options(), cancellationToken);

    public virtual Task<ValidateTemplateResponse> ValidateTemplateAsync(ValidateTemplateRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<ValidateTemplateResponse>(request, TemplateOperations.ValidateTemplate.Options(), cancellationToken);

    public virtual Task<GetTemplateSummaryResponse> GetTemplateSummaryAsync(GetTemplateSummaryRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<GetTemplateSummaryResponse>(request, TemplateOperations.GetTemplateSummary.Options(), cancellationToken);

    public virtual Task<DetectStackDriftResponse> DetectStackDriftAsync(DetectStackDriftRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DetectStackDriftResponse>(request, DriftOperations.DetectStackDrift.Options(), cancellationToken);

    public virtual Task<DescribeStackDriftDetectionStatusResponse> DescribeStackDriftDetectionStatusAsync(DescribeStackDriftDetectionStatusRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DescribeStackDriftDetectionStatusResponse>(request, DriftOperations.DescribeStackDriftDetectionStatus.Options(), cancellationToken);

    public virtual Task<DescribeStackResourceDriftsResponse> DescribeStackResourceDriftsAsync(DescribeStackResourceDriftsRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DescribeStackResourceDriftsResponse>(request, DriftOperations.DescribeStackResourceDrifts.Options(), cancellationToken);

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new AmazonCloudFormationEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new AmazonCloudFormationAuthSchemeHandler());
    }
}

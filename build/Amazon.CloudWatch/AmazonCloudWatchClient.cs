using Amazon.CloudWatch.Internal;
using Amazon.CloudWatch.Model;
using Amazon.CloudWatch.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Amazon.CloudWatch;

/// <summary>
/// CloudWatch over the AWS Query protocol on AWSSDK.Core's pipeline: credentials, SigV4 signing, retries and
/// throttling come from the SDK; this class only supplies marshalling, endpoints and the auth scheme.
/// </summary>
public class AmazonCloudWatchClient : AmazonServiceClient, IAmazonCloudWatch
{
    private static readonly IServiceMetadata Metadata = new AmazonCloudWatchMetadata();

    public AmazonCloudWatchClient()
        : base(new AmazonCloudWatchConfig())
    {
    }

    public AmazonCloudWatchClient(RegionEndpoint region)
        : base(new AmazonCloudWatchConfig { RegionEndpoint = region })
    {
    }

    public AmazonCloudWatchClient(AmazonCloudWatchConfig config)
        : base(config)
    {
    }

    public AmazonCloudWatchClient(AWSCredentials credentials)
        : this(credentials, new AmazonCloudWatchConfig())
    {
    }

    public AmazonCloudWatchClient(AWSCredentials credentials, RegionEndpoint region)
        : this(credentials, new AmazonCloudWatchConfig { RegionEndpoint = region })
    {
    }

    public AmazonCloudWatchClient(AWSCredentials credentials, AmazonCloudWatchConfig clientConfig)
        : base(credentials, clientConfig)
    {
    }

    protected override IServiceMetadata ServiceMetadata => Metadata;

    public virtual Task<DescribeAlarmsResponse> DescribeAlarmsAsync(DescribeAlarmsRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DescribeAlarmsResponse>(request, AlarmOperations.DescribeAlarms.Options(), cancellationToken);

    public virtual Task<SetAlarmStateResponse> SetAlarmStateAsync(SetAlarmStateRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<SetAlarmStateResponse>(request, AlarmOperations.SetAlarmState.Options(), cancellationToken);

    public virtual Task<PutMetricAlarmResponse> PutMetricAlarmAsync(PutMetricAlarmRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<PutMetricAlarmResponse>(request, AlarmOperations.PutMetricAlarm.Options(), cancellationToken);

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new AmazonCloudWatchEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new AmazonCloudWatchAuthSchemeHandler());
    }
}

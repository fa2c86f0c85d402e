using Amazon.CloudWatch.Model;
using Amazon.Runtime;

namespace Amazon.CloudWatch;

/// <summary>The CloudWatch operations this stand-in carries, with the real SDK's names and shapes.</summary>
public interface IAmazonCloudWatch : IAmazonService, IDisposable
{
    Task<DescribeAlarmsResponse> DescribeAlarmsAsync(DescribeAlarmsRequest request, CancellationToken cancellationToken = default);

    Task<SetAlarmStateResponse> SetAlarmStateAsync(SetAlarmStateRequest request, CancellationToken cancellationToken = default);

    Task<PutMetricAlarmResponse> PutMetricAlarmAsync(PutMetricAlarmRequest request, CancellationToken cancellationToken = default);

    static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonCloudWatchConfig();

    static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) =>
        new AmazonCloudWatchClient(awsCredentials, (AmazonCloudWatchConfig)clientConfig);
}

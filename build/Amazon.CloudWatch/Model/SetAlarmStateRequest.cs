namespace Amazon.CloudWatch.Model;

public class SetAlarmStateRequest : AmazonCloudWatchRequest
{
    public string? AlarmName { get; set; }

    public StateValue? StateValue { get; set; }

    public string? StateReason { get; set; }

    public string? StateReasonData { get; set; }
}

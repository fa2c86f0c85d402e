using Amazon.CloudWatch;
using Amazon.CloudWatch.Model;

namespace Pipeline.Release;

/// <summary>The function's own alarms that deploy/lambda.yml creates, named after the stack.</summary>
public static class TemplateAlarms
{
    public static IReadOnlyList<string> Names(string stackName) => [stackName + "-errors", stackName + "-throttles"];

    /// <summary>
    /// moto's CloudFormation skips AWS::CloudWatch::Alarm, so on the local emulator the build creates the same two
    /// alarms itself; against AWS the template owns them and this is never called.
    /// </summary>
    public static async Task CreateForEmulatorAsync(IAmazonCloudWatch cloudWatch, string stackName, string functionName, string alias, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(cloudWatch);
        foreach (var (name, metric) in Names(stackName).Zip(new[] { "Errors", "Throttles" }))
        {
            await cloudWatch.PutMetricAlarmAsync(new PutMetricAlarmRequest
            {
                AlarmName = name,
                Namespace = "AWS/Lambda",
                MetricName = metric,
                Dimensions = [new Dimension { Name = "FunctionName", Value = functionName }, new Dimension { Name = "Resource", Value = $"{functionName}:{alias}" }],
                Statistic = Statistic.Sum,
                Period = 60,
                EvaluationPeriods = 1,
                Threshold = 1,
                ComparisonOperator = ComparisonOperator.GreaterThanOrEqualToThreshold,
                TreatMissingData = "notBreaching",
            }, cancel).ConfigureAwait(false);
        }
    }
}

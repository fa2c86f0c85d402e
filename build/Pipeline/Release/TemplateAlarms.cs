using Amazon.CloudWatch;
using Amazon.CloudWatch.Model;

namespace Pipeline.Release;

/// <summary>
/// Each function's own alarms that the template creates, named after the stack: &lt;stack&gt;-errors and -throttles for a
/// single function, &lt;stack&gt;-&lt;Name&gt;-errors and -throttles for a named one.
/// </summary>
public static class TemplateAlarms
{
    public static IReadOnlyList<string> Names(string stackName) => Names(stackName, string.Empty);

    public static IReadOnlyList<string> Names(string stackName, string functionName)
    {
        var prefix = functionName.Length == 0 ? stackName : $"{stackName}-{functionName}";
        return [prefix + "-errors", prefix + "-throttles"];
    }

    /// <summary>
    /// moto's CloudFormation skips AWS::CloudWatch::Alarm, so on the local emulator the build creates the same two
    /// alarms itself; against AWS the template owns them and this is never called.
    /// </summary>
    public static Task CreateForEmulatorAsync(IAmazonCloudWatch cloudWatch, string stackName, string functionName, string alias, CancellationToken cancel) =>
        CreateForEmulatorAsync(cloudWatch, Names(stackName), functionName, alias, cancel);

    /// <summary>The same, for one function's alarms <paramref name="names"/> (errors, then throttles).</summary>
    public static async Task CreateForEmulatorAsync(IAmazonCloudWatch cloudWatch, IReadOnlyList<string> names, string functionName, string alias, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(cloudWatch);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var (name, metric) in names.Zip(new[] { "Errors", "Throttles" }))
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

using System.Text.Json;
using Amazon.CloudWatch;
using Amazon.CloudWatch.Model;

namespace Pipeline.Release;

/// <summary>Reads the release's alarms; a named alarm that does not exist is a configuration error, not a pass.</summary>
public sealed class AlarmWatch(IAmazonCloudWatch cloudWatch, IReadOnlyList<string> names)
{
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>The first alarm in ALARM, or null while all are quiet.</summary>
    /// <exception cref="ReleaseException">An alarm named by the template or pipeline.json does not exist.</exception>
    public async Task<FiredAlarm?> FiringAsync(CancellationToken cancel)
    {
        if (Names.Count == 0)
        {
            return null;
        }

        var alarms = new List<MetricAlarm>();
        string? token = null;
        do
        {
            var page = await cloudWatch.DescribeAlarmsAsync(new DescribeAlarmsRequest { AlarmNames = [.. Names], NextToken = token }, cancel).ConfigureAwait(false);
            alarms.AddRange(page.MetricAlarms ?? []);
            token = page.NextToken;
        }
        while (!string.IsNullOrEmpty(token));

        var missing = Names.Except(alarms.Select(a => a.AlarmName ?? string.Empty), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new ReleaseException(
                $"The release watches alarm(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} but CloudWatch has none by that name. " +
                "Create them (the template makes the function's errors and throttles alarms), or correct 'release.alarms' in pipeline.json.");
        }

        return alarms.FirstOrDefault(a => a.StateValue == StateValue.ALARM) is { } firing
            ? new FiredAlarm(firing.AlarmName!, ValueOf(firing.StateReasonData), firing.StateReason ?? "no reason given")
            : null;
    }

    /// <summary>CloudWatch puts the data points that crossed the threshold in the state reason data.</summary>
    private static string? ValueOf(string? reasonData)
    {
        if (string.IsNullOrWhiteSpace(reasonData))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(reasonData);
            return json.RootElement.TryGetProperty("recentDatapoints", out var points) && points.ValueKind == JsonValueKind.Array
                ? string.Join(", ", points.EnumerateArray().Select(p => p.GetRawText()))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

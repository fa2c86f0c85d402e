using System.Text.Json;
using Pipeline.Configuration;

namespace Pipeline.Release;

/// <summary>Reads <c>environments.NAME.release</c>; every problem names the key and the fix.</summary>
internal static class ReleaseConfigReader
{
    public const string Key = "release";
    public const string Example = "{ \"traffic\": \"canary\", \"percent\": 10, \"minutes\": 10 }";

    private static readonly string[] Keys = ["alias", "traffic", "percent", "minutes", "alarms", "pollSeconds"];

    public static ReleaseConfig Read(JsonObjectReader environment, ConfigErrorSink sink)
    {
        if (environment.Object(Key, false, Example, Keys) is not { } reader)
        {
            return ReleaseConfig.AllAtOnce;
        }

        var alias = reader.String("alias", false, "\"live\"") ?? ReleaseConfig.DefaultAlias;
        if (!System.Text.RegularExpressions.Regex.IsMatch(alias, "^(?!^[0-9]+$)[a-zA-Z0-9-_]{1,128}$"))
        {
            sink.Add(reader.PathOf("alias"), $"'{alias}' is not a Lambda alias name.", "Use letters, digits, '-' or '_', not only digits, e.g. \"live\".");
        }

        var traffic = reader.String("traffic", true, "\"allAtOnce\", \"canary\" or \"linear\"");
        var strategy = traffic switch
        {
            "allAtOnce" => TrafficStrategy.AllAtOnce,
            "canary" => TrafficStrategy.Canary,
            "linear" => TrafficStrategy.Linear,
            null => TrafficStrategy.AllAtOnce,
            _ => Unknown(traffic),
        };
        var shifting = strategy != TrafficStrategy.AllAtOnce;
        var percent = reader.Int("percent", shifting, 1, 99, "10") ?? 100;
        var minutes = Minutes(reader, sink, shifting);
        var poll = reader.Int("pollSeconds", false, 1, 300, "30") ?? 30;
        return new ReleaseConfig(strategy, shifting ? percent : 100, shifting ? TimeSpan.FromMinutes(minutes) : TimeSpan.Zero)
        {
            Alias = alias,
            Alarms = reader.StringArray("alarms", "[\"greeter-prod-latency\"]"),
            Poll = TimeSpan.FromSeconds(poll),
        };

        TrafficStrategy Unknown(string value)
        {
            sink.Add(reader.PathOf("traffic"), $"'{value}' is not a traffic strategy.", "Use \"allAtOnce\", \"canary\" (percent, minutes) or \"linear\" (percent per step, minutes per step).");
            return TrafficStrategy.AllAtOnce;
        }
    }

    private static double Minutes(JsonObjectReader reader, ConfigErrorSink sink, bool required)
    {
        if (reader.Value("minutes", required, "10") is not { } value)
        {
            return 0;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var minutes) && minutes > 0 && minutes <= 1440)
        {
            return minutes;
        }

        sink.Add(reader.PathOf("minutes"), $"expected minutes between 0 and 1440 but found {value.GetRawText()}.",
            "Write how long each share bakes, in minutes; fractions are allowed (0.5 = 30 s).");
        return 0;
    }

}

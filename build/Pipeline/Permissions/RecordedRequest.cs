using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipeline.Permissions;

/// <summary>One request the emulator's recorder saw: who signed it (the access key), what it asked and its headers.</summary>
public sealed partial record RecordedRequest(string AccessKey, string Method, Uri Url, IReadOnlyDictionary<string, string> Headers)
{
    public string Shown => $"{Method} {Url.PathAndQuery}";

    /// <summary>Parses moto's recording: one JSON object per line with method, url and headers.</summary>
    public static IReadOnlyList<RecordedRequest> Parse(string recording) =>
        [.. recording.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var entry = JsonNode.Parse(line)!;
            var headers = entry["headers"]!.AsObject().ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value!.ToString(), StringComparer.Ordinal);
            var key = headers.TryGetValue("authorization", out var authorization) && Credential().Match(authorization) is { Success: true } match
                ? match.Groups["key"].Value
                : string.Empty;
            return new RecordedRequest(key, entry["method"]!.GetValue<string>(), new Uri(entry["url"]!.GetValue<string>()), headers);
        })];

    [GeneratedRegex("Credential=(?<key>[A-Z0-9]+)/")]
    private static partial Regex Credential();
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipeline.Permissions;

/// <summary>One request the emulator's recorder saw: who signed it (the access key), what it asked and its headers.</summary>
public sealed partial record RecordedRequest(string AccessKey, string Method, Uri Url, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The request body as text (query-protocol forms, Lambda's JSON); empty when there was none.</summary>
    public string Body { get; init; } = string.Empty;

    public string Shown => $"{Method} {Url.PathAndQuery}";

    /// <summary>Parses moto's recording: one JSON object per line with method, url, headers and body (base64 when body_encoded).</summary>
    public static IReadOnlyList<RecordedRequest> Parse(string recording) =>
        [.. recording.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var entry = JsonNode.Parse(line)!;
            var headers = entry["headers"]!.AsObject().ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value!.ToString(), StringComparer.Ordinal);
            var key = headers.TryGetValue("authorization", out var authorization) && Credential().Match(authorization) is { Success: true } match
                ? match.Groups["key"].Value
                : string.Empty;
            var body = entry["body"]?.GetValue<string>() ?? string.Empty;
            if (entry["body_encoded"]?.GetValue<bool>() == true)
            {
                body = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(body));
            }

            return new RecordedRequest(key, entry["method"]!.GetValue<string>(), new Uri(entry["url"]!.GetValue<string>()), headers) { Body = body };
        })];

    [GeneratedRegex("Credential=(?<key>[^/]+)/")]
    private static partial Regex Credential();
}

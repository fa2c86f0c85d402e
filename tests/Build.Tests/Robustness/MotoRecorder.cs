using System.Text;
using System.Text.Json;

namespace Build.Tests.Robustness;

/// <summary>
/// moto_server's request recorder: every request the emulator serves while recording is appended to a file
/// (moto 5.2.1 writes it to <c>moto_recording</c> in the server's working directory); the recorder's own
/// routes are not recorded, everything else is, /moto-api/reset included.
/// </summary>
internal sealed class MotoRecorder(Uri endpoint)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Empties the recording and starts a new one.</summary>
    public async Task StartAsync()
    {
        await PostAsync("reset-recording");
        await PostAsync("start-recording");
    }

    /// <summary>Stops recording and returns one line per request the emulator served: "METHOD url body".</summary>
    public async Task<IReadOnlyList<string>> StopAsync()
    {
        await PostAsync("stop-recording");
        var text = await Http.GetStringAsync(Url("download-recording"));
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Describe).ToList();
    }

    private static string Describe(string line)
    {
        using var entry = JsonDocument.Parse(line);
        var body = entry.RootElement.TryGetProperty("body", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (body is not null && entry.RootElement.TryGetProperty("body_encoded", out var encoded) && encoded.ValueKind == JsonValueKind.True)
        {
            body = Encoding.UTF8.GetString(Convert.FromBase64String(body));
        }

        var shown = body is { Length: > 120 } ? body[..120] + "..." : body;
        return $"{entry.RootElement.GetProperty("method").GetString()} {entry.RootElement.GetProperty("url").GetString()} {shown}";
    }

    private async Task PostAsync(string action)
    {
        using var response = await Http.PostAsync(Url(action), null);
        response.EnsureSuccessStatusCode();
    }

    private Uri Url(string action) => new(endpoint, $"moto-api/recorder/{action}");
}

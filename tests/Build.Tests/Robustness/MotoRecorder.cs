using Pipeline.Permissions;

namespace Build.Tests.Robustness;

/// <summary>
/// moto_server's request recorder: every request the emulator serves while recording is appended to a file
/// (moto 5.2.1 writes it to <c>moto_recording</c> in the server's working directory); the recorder's own
/// routes are not recorded, everything else is, /moto-api/reset included.
/// </summary>
internal sealed class MotoRecorder(Uri endpoint)
{
    /// <summary>Empties the recording and starts a new one.</summary>
    public async Task StartAsync()
    {
        await Pipeline.Permissions.MotoRecorder.PostAsync(endpoint, "reset-recording");
        await Pipeline.Permissions.MotoRecorder.PostAsync(endpoint, "start-recording");
    }

    /// <summary>Stops recording and returns one line per request the emulator served: "METHOD url body".</summary>
    public async Task<IReadOnlyList<string>> StopAsync()
    {
        await Pipeline.Permissions.MotoRecorder.PostAsync(endpoint, "stop-recording");
        var recording = await Pipeline.Permissions.MotoRecorder.DownloadAsync(endpoint);
        return RecordedRequest.Parse(recording).Select(Describe).ToList();
    }

    private static string Describe(RecordedRequest request)
    {
        var shown = request.Body is { Length: > 120 } body ? body[..120] + "..." : request.Body;
        return $"{request.Method} {request.Url} {shown}";
    }
}

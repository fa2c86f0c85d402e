using Pipeline.LocalAws;

namespace Pipeline.Permissions;

/// <summary>moto's request recorder API: reset, start, stop and download what it recorded.</summary>
public static class MotoRecorder
{
    public static async Task PostAsync(MotoServer moto, string action, CancellationToken cancel)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(moto.Endpoint, "moto-api/recorder/" + action), null, cancel).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public static async Task<string> DownloadAsync(MotoServer moto, CancellationToken cancel)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri(moto.Endpoint, "moto-api/recorder/download-recording"), cancel).ConfigureAwait(false);
    }
}

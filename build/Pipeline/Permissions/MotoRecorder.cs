namespace Pipeline.Permissions;

/// <summary>moto's request recorder API at an emulator's endpoint: reset, start, stop and download what it recorded.</summary>
public static class MotoRecorder
{
    public static async Task PostAsync(Uri endpoint, string action, CancellationToken cancel = default)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(endpoint, "moto-api/recorder/" + action), null, cancel).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public static async Task<string> DownloadAsync(Uri endpoint, CancellationToken cancel = default)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri(endpoint, "moto-api/recorder/download-recording"), cancel).ConfigureAwait(false);
    }
}

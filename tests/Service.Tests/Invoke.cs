using System.Text;
using System.Text.Json;

namespace Service.Tests;

/// <summary>Sends a raw event through the real handler, exactly as the runtime would, and parses the reply.</summary>
internal static class Invoke
{
    public static readonly ServiceInfo Info = new("1.4.0-alpha.12", "abc1234", "1.4.0-alpha.12+abc1234");

    public static Task<JsonElement> RequestAsync(string method, string path, string? body = null, bool base64 = false)
    {
        var payload = new Dictionary<string, object?>
        {
            ["resource"] = "/{proxy+}",
            ["httpMethod"] = method,
            ["path"] = path,
            ["headers"] = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            ["queryStringParameters"] = null,
            ["body"] = base64 && body is not null ? Convert.ToBase64String(Encoding.UTF8.GetBytes(body)) : body,
            ["isBase64Encoded"] = base64,
        };
        return RawAsync(JsonSerializer.Serialize(payload));
    }

    public static async Task<JsonElement> RawAsync(string json)
    {
        var function = new Function(Info);
        await using var output = await function.HandleAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        using var document = await JsonDocument.ParseAsync(output);
        return document.RootElement.Clone();
    }

    public static JsonElement Body(JsonElement response) =>
        JsonDocument.Parse(response.GetProperty("body").GetString()!).RootElement.Clone();
}

using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Pipeline.LocalAws;

namespace TestSupport;

/// <summary>
/// Creates and updates Lambda functions in moto with plain HTTP (the Lambda stand-in carries only what the build
/// calls). moto reads the service and region from the credential scope and does not check signatures.
/// </summary>
public static class MotoFunctions
{
    private static readonly HttpClient Http = new();

    public static async Task CreateAsync(MotoServer moto, string functionName, string code = "v1")
    {
        await SendAsync(moto, "iam", HttpMethod.Post, "/", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "CreateRole",
            ["Version"] = "2010-05-08",
            ["RoleName"] = functionName + "-role",
            ["AssumeRolePolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
        })).ConfigureAwait(false);
        await SendAsync(moto, "lambda", HttpMethod.Post, "/2015-03-31/functions", Json(new
        {
            FunctionName = functionName,
            Runtime = "dotnet8",
            Role = $"arn:aws:iam::{LocalAccounts.Administrator}:role/{functionName}-role",
            Handler = "Service::Service.Function::HandleAsync",
            Description = code,
            Code = new { ZipFile = Zip(code) },
        })).ConfigureAwait(false);
    }

    /// <summary>New code for $LATEST, as a stack update does.</summary>
    public static Task UpdateCodeAsync(MotoServer moto, string functionName, string code) =>
        SendAsync(moto, "lambda", HttpMethod.Put, $"/2015-03-31/functions/{functionName}/code", Json(new { ZipFile = Zip(code) }));

    private static async Task SendAsync(MotoServer moto, string service, HttpMethod method, string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(method, new Uri(moto.Endpoint, path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "AWS4-HMAC-SHA256",
            $"Credential={LocalAccounts.AccessKeyId}/20260101/{LocalAccounts.Region}/{service}/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await Http.SendAsync(request).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"moto {service} {method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
        }
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static string Zip(string code)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("code.txt").Open());
            writer.Write(code);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }
}

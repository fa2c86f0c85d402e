using Amazon.Runtime;

namespace Pipeline.Deploy;

internal static class ServiceErrors
{
    private const int MaxBody = 300;

    /// <summary>"Code: message", or the HTTP status and body start when the endpoint answered without an AWS error (moto's HTML 500 page).</summary>
    public static string Describe(AmazonServiceException e)
    {
        if (!string.IsNullOrEmpty(e.ErrorCode))
        {
            return $"{e.ErrorCode}: {e.Message}";
        }

        var body = e.Message.Length > MaxBody ? e.Message[..MaxBody] + "…" : e.Message;
        return $"HTTP {(int)e.StatusCode} without an AWS error code ({body})";
    }
}

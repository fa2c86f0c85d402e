using System.Net;
using Amazon.Runtime;

namespace Pipeline.Aws;

/// <summary>
/// An SDK HttpClientFactory that logs every throttled or failed attempt (429, 5xx) as it happens. The SDK's retry
/// handler swallows those silently; with this in <c>ClientConfig.HttpClientFactory</c> a slow upload explains itself.
/// Plug it in through <see cref="AwsClientFactory"/>'s configure hook.
/// </summary>
public sealed class RetryReportingHttp : HttpClientFactory
{
    private readonly Action<string> log;
    private readonly Func<HttpMessageHandler> inner;

    public RetryReportingHttp(Action<string> log, Func<HttpMessageHandler>? inner = null)
    {
        this.log = log;
        this.inner = inner ?? (() => new SocketsHttpHandler());
    }

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Reporter(log, inner()));

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

    private sealed class Reporter(Action<string> log, HttpMessageHandler handler) : DelegatingHandler(handler)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                log($"AWS answered {(int)response.StatusCode} {response.ReasonPhrase} to {request.Method} {request.RequestUri?.AbsolutePath}" +
                    $"{(request.RequestUri?.Query.Contains("partNumber", StringComparison.Ordinal) == true ? " (a part)" : string.Empty)}; " +
                    "the SDK retries throttling and server errors with backoff.");
            }

            return response;
        }
    }
}

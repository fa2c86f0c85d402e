using System.Net;
using Amazon.Runtime;

namespace Pipeline.Tests.Aws;

/// <summary>
/// Sits under the SDK (ClientConfig.HttpClientFactory): lets a rule answer a request itself (an AWS error, a
/// canned STS response) before it reaches moto. Everything the rule leaves alone goes to the real endpoint.
/// </summary>
public sealed class FaultyHttp : HttpClientFactory
{
    private readonly Func<HttpRequestMessage, HttpResponseMessage?> rule;
    private int requests;

    public FaultyHttp(Func<HttpRequestMessage, HttpResponseMessage?> rule)
    {
        this.rule = rule;
    }

    public int Requests => requests;

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message, bool query = false)
    {
        var body = query
            ? $"<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>fault</RequestId></ErrorResponse>"
            : $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{message}</Message><RequestId>fault</RequestId></Error>";
        return new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "text/xml") };
    }

    public static HttpResponseMessage Xml(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "text/xml") };

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(CreateHandler());

    public HttpMessageHandler CreateHandler() => new Handler(this);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

    private sealed class Handler(FaultyHttp owner) : DelegatingHandler(new HttpClientHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner.requests);
            if (owner.rule(request) is { } canned)
            {
                canned.RequestMessage = request;
                return canned;
            }

            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}

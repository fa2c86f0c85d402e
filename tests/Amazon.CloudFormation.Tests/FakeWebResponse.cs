using System.Net;
using Amazon.Runtime.EventStreams;
using Amazon.Runtime.Internal.Transform;

namespace Amazon.CloudFormation.Tests;

/// <summary>The HTTP response facts an unmarshaller reads, without a network.</summary>
internal sealed class FakeWebResponse(HttpStatusCode statusCode, long contentLength) : IWebResponseData
{
    public long ContentLength => contentLength;

    public string ContentType => "text/xml";

    public HttpStatusCode StatusCode => statusCode;

    public bool IsSuccessStatusCode => (int)statusCode < 300;

    public IHttpResponseBody ResponseBody => throw new NotSupportedException();

    public string[] GetHeaderNames() => ["Content-Length"];

    public bool IsHeaderPresent(string headerName) => headerName == "Content-Length";

    public string? GetHeaderValue(string headerName) =>
        headerName == "Content-Length" ? contentLength.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    public IEventStreamHeader GetEventStreamHeader(string headerName) => throw new NotSupportedException();

    public bool IsEventHeaderPresent(string headerName) => false;
}

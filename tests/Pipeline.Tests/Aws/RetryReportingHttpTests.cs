using System.Net;
using Amazon.S3;
using Pipeline.Aws;

namespace Pipeline.Tests.Aws;

/// <summary>Which answers the retry reporter writes down (throttling and server errors only), and in what words.</summary>
public class RetryReportingHttpTests
{
    [TestCase(HttpStatusCode.TooManyRequests, "429 Too Many Requests")]
    [TestCase(HttpStatusCode.InternalServerError, "500 Internal Server Error")]
    [TestCase(HttpStatusCode.ServiceUnavailable, "503 Service Unavailable")]
    public async Task Throttling_and_server_errors_are_reported_as_they_happen(HttpStatusCode status, string answer)
    {
        var log = await SendAsync(status, "https://bucket.s3.amazonaws.com/key");

        Assert.That(log, Is.EqualTo(new[] { $"AWS answered {answer} to PUT /key; the SDK retries throttling and server errors with backoff." }));
    }

    [Test]
    public async Task A_multipart_part_says_it_is_a_part()
    {
        var log = await SendAsync(HttpStatusCode.ServiceUnavailable, "https://bucket.s3.amazonaws.com/key?partNumber=3&uploadId=u");

        Assert.That(log, Is.EqualTo(new[] { "AWS answered 503 Service Unavailable to PUT /key (a part); the SDK retries throttling and server errors with backoff." }));
    }

    [TestCase(HttpStatusCode.OK)]
    [TestCase(HttpStatusCode.Forbidden)]
    [TestCase(HttpStatusCode.NotFound)]
    [TestCase((HttpStatusCode)499)]
    public async Task Other_answers_are_not_reported(HttpStatusCode status) =>
        Assert.That(await SendAsync(status, "https://bucket.s3.amazonaws.com/key"), Is.Empty);

    private static async Task<List<string>> SendAsync(HttpStatusCode status, string uri)
    {
        var log = new List<string>();
        var factory = new RetryReportingHttp(log.Add, () => new Answer(status));
        using var client = factory.CreateHttpClient(new AmazonS3Config());
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, uri));
        Assert.That(response.StatusCode, Is.EqualTo(status), "the answer is passed on unchanged");
        return log;
    }

    private sealed class Answer(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status));
    }
}

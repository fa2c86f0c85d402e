using System.Net;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.Aws;

namespace Pipeline.Tests.Artifacts;

/// <summary>
/// Over plain HTTP a part's signature covers its bytes. With the part's SHA-256 already known (its checksum), the SDK
/// signs with that digest and reads the part once, to send it. No emulator: the HTTP answer is canned here.
/// </summary>
public class PartPayloadHashTests
{
    private static readonly byte[] Part = RandomNumberGenerator.GetBytes(1024 * 1024);

    [Test]
    public async Task A_part_with_its_checksum_is_read_once_and_signed_with_that_digest()
    {
        var digest = SHA256.HashData(Part);
        var (sent, read) = await UploadAsync(new UploadPartRequest { ChecksumAlgorithm = ChecksumAlgorithm.SHA256, ChecksumSHA256 = Convert.ToBase64String(digest) });

        Assert.That(sent.Headers.GetValues("x-amz-content-sha256").Single(), Is.EqualTo(Convert.ToHexStringLower(digest)));
        Assert.That(string.Join(" ", sent.Headers.GetValues("Authorization")), Does.Contain("x-amz-content-sha256").And.Contain("Signature="));
        Assert.That(sent.Body, Is.EqualTo(Part));
        Assert.That(read, Is.EqualTo(Part.Length), "only the send reads the part");
    }

    [Test]
    public async Task A_part_without_a_SHA_256_checksum_is_still_hashed_by_the_sdk_for_its_signature()
    {
        // A CRC32 given by the caller (not checked by the canned answer): the SDK computes no checksum of its own.
        var (sent, read) = await UploadAsync(new UploadPartRequest { ChecksumAlgorithm = ChecksumAlgorithm.CRC32, ChecksumCRC32 = "AAAAAA==" });

        Assert.That(sent.Headers.GetValues("x-amz-content-sha256").Single(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Part))));
        Assert.That(read, Is.EqualTo(2 * Part.Length), "one read to hash, one to send");
    }

    [Test]
    public async Task A_wrong_checksum_is_what_the_signature_claims_so_S3_rejects_the_part()
    {
        var wrong = SHA256.HashData("something else"u8);
        var (sent, _) = await UploadAsync(new UploadPartRequest { ChecksumAlgorithm = ChecksumAlgorithm.SHA256, ChecksumSHA256 = Convert.ToBase64String(wrong) });

        Assert.That(sent.Headers.GetValues("x-amz-content-sha256").Single(), Is.EqualTo(Convert.ToHexStringLower(wrong)));
        Assert.That(sent.Headers.GetValues("x-amz-checksum-sha256").Single(), Is.EqualTo(Convert.ToBase64String(wrong)));
    }

    [Test]
    public async Task Over_https_a_part_stays_an_unsigned_payload_guarded_by_its_checksum()
    {
        var digest = SHA256.HashData(Part);
        var request = new UploadPartRequest { ChecksumAlgorithm = ChecksumAlgorithm.SHA256, ChecksumSHA256 = Convert.ToBase64String(digest), DisablePayloadSigning = true };
        var (sent, read) = await UploadAsync(request, "https://s3.example.test");

        Assert.That(sent.Headers.GetValues("x-amz-content-sha256").Single(), Is.EqualTo("UNSIGNED-PAYLOAD"));
        Assert.That(sent.Headers.GetValues("x-amz-checksum-sha256").Single(), Is.EqualTo(Convert.ToBase64String(digest)));
        Assert.That(read, Is.EqualTo(Part.Length));
    }

    private static async Task<(Sent Sent, long Read)> UploadAsync(UploadPartRequest request, string endpoint = "http://127.0.0.1:9")
    {
        var s3Http = new CannedS3();
        var config = new AwsTarget("eu-west-1", new Uri(endpoint)).Configure(new AmazonS3Config { MaxErrorRetry = 0 });
        config.HttpClientFactory = new RetryReportingHttp(_ => { }, () => s3Http);
        using var s3 = new AmazonS3Client(new BasicAWSCredentials("AKIDEXAMPLE", "secret"), config);
        using var body = new CountingStream(Part);
        request.BucketName = "artifacts";
        request.Key = "greeter/part";
        request.UploadId = "upload";
        request.PartNumber = 1;
        request.InputStream = body;
        request.UseChunkEncoding = false;
        await s3.UploadPartAsync(request);
        return (s3Http.Requests.Single(), body.BytesRead);
    }

    private sealed record Sent(System.Net.Http.Headers.HttpRequestHeaders Headers, byte[] Body);

    private sealed class CannedS3 : HttpMessageHandler
    {
        public List<Sent> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            Requests.Add(new Sent(request.Headers, body));
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };
            response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"etag\"");
            return response;
        }
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(base.Read(buffer));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}

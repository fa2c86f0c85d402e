using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.Artifacts;

namespace Pipeline.Tests.Artifacts;

/// <summary>How S3's own checksum, or failing that the bytes, proves an object holds the content with our SHA-256.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ContentProofTests
{
    private static readonly byte[] Content = "greeter package"u8.ToArray();
    private static readonly string Sha = Convert.ToHexStringLower(SHA256.HashData(Content));
    private static readonly string[] Parts = [Base64Sha("part one"u8), Base64Sha("part two"u8)];
    private readonly BytesS3 s3 = new(Content);

    [Test]
    public async Task A_full_object_checksum_equal_to_ours_proves_it_without_reading()
    {
        var mismatch = await Proof().MismatchAsync("artifacts", "k", Head(Sha256File.ToBase64(Sha)), Sha.ToUpperInvariant(), []);

        Assert.That(mismatch, Is.Null);
        Assert.That(s3.Reads, Is.Zero);
    }

    [Test]
    public async Task A_full_object_checksum_of_other_bytes_is_named()
    {
        var other = Sha256File.ToBase64(new string('0', 64));

        var mismatch = await Proof().MismatchAsync("artifacts", "k", Head(other), Sha, Parts);

        Assert.That(mismatch, Is.EqualTo($"S3's checksum {other} is not the SHA-256 {Sha}"));
    }

    [TestCase("-2", null)]
    [TestCase("", "\"etag-2\"")]
    [TestCase("", "\"etag\"")]
    public async Task A_composite_checksum_equal_to_our_parts_proves_it(string suffix, string? etag)
    {
        var head = Head(Composite(Parts) + suffix, etag);
        head.ChecksumType = ChecksumType.COMPOSITE;

        Assert.That(await Proof().MismatchAsync("artifacts", "k", head, Sha, Parts), Is.Null);
        Assert.That(s3.Reads, Is.Zero);
    }

    [TestCase(true, "-2", null, TestName = "A composite checksum of other parts is named")]
    [TestCase(false, "-3", null, TestName = "A composite checksum of our digests over another part count is named")]
    [TestCase(false, "", "\"etag-3\"", TestName = "A part count read from the ETag must match too")]
    public async Task A_composite_checksum_that_is_not_ours_is_named(bool otherParts, string suffix, string? etag)
    {
        var checksum = Composite(otherParts ? [Parts[1], Parts[0]] : Parts) + suffix;
        var head = Head(checksum, etag);
        head.ChecksumType = ChecksumType.COMPOSITE;

        var mismatch = await Proof().MismatchAsync("artifacts", "k", head, Sha, Parts);

        Assert.That(mismatch, Is.EqualTo($"S3's composite checksum {checksum} is not {Composite(Parts)}-2, the one of our parts"));
        Assert.That(s3.Reads, Is.Zero);
    }

    [Test]
    public async Task Without_a_checksum_the_bytes_are_read_and_hashed()
    {
        Assert.That(await Proof().MismatchAsync("artifacts", "k", Head(null), Sha, Parts), Is.Null);
        Assert.That(s3.Reads, Is.EqualTo(1));
        Assert.That(s3.ReadKeys, Is.EqualTo(new[] { ("artifacts", "k") }));
    }

    [Test]
    public async Task A_composite_checksum_without_our_parts_is_proven_by_the_bytes_and_other_bytes_are_named()
    {
        var head = Head(Composite(Parts) + "-2", "\"etag-2\"");
        var other = new BytesS3("someone else's"u8.ToArray());

        var ours = await Proof().MismatchAsync("artifacts", "k", head, Sha, []);
        var theirs = await new ContentProof(other).MismatchAsync("artifacts", "k", head, Sha, []);

        Assert.That(ours, Is.Null);
        Assert.That(theirs, Is.EqualTo($"its bytes have SHA-256 {Convert.ToHexStringLower(SHA256.HashData("someone else's"u8))}, not {Sha}"));
    }

    [Test]
    public void The_composite_checksum_hashes_the_concatenated_part_digests()
    {
        var digests = Parts.SelectMany(Convert.FromBase64String).ToArray();

        Assert.That(ContentProof.Composite(Parts), Is.EqualTo(Convert.ToBase64String(SHA256.HashData(digests))));
        Assert.That(ContentProof.Composite([Parts[0]]), Is.EqualTo(Convert.ToBase64String(SHA256.HashData(Convert.FromBase64String(Parts[0])))));
    }

    private ContentProof Proof() => new(s3);

    private static string Composite(IReadOnlyList<string> parts) => ContentProof.Composite(parts);

    private static string Base64Sha(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(SHA256.HashData(bytes));

    private static GetObjectMetadataResponse Head(string? checksum, string? etag = "\"d41d8cd98f00b204e9800998ecf8427e\"") =>
        new() { ChecksumSHA256 = checksum, ETag = etag };

    /// <summary>An S3 whose every object holds the same bytes; anything but GetObject goes to a closed port.</summary>
    private sealed class BytesS3(byte[] bytes) : AmazonS3Client(
        new AnonymousAWSCredentials(), new AmazonS3Config { ServiceURL = "http://127.0.0.1:1", MaxErrorRetry = 0, AuthenticationRegion = "eu-west-1" })
    {
        public int Reads => ReadKeys.Count;

        public List<(string Bucket, string Key)> ReadKeys { get; } = [];

        public override Task<GetObjectResponse> GetObjectAsync(string bucketName, string key, CancellationToken cancellationToken = default)
        {
            ReadKeys.Add((bucketName, key));
            return Task.FromResult(new GetObjectResponse { ResponseStream = new MemoryStream(bytes) });
        }
    }
}

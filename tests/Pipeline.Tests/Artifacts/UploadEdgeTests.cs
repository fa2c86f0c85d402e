using System.Reflection;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using System.Text.RegularExpressions;
using Amazon.Runtime.Internal;
using Amazon.S3.Model;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.Tests.Aws;
using TestSupport;

namespace Pipeline.Tests.Artifacts;

/// <summary>The upload's edges: a package exactly at the multipart threshold, content types, an unreachable S3, signed parts.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public partial class UploadEdgeTests
{
    private const int PartSize = 5 * 1024 * 1024;
    private readonly List<string> log = [];

    [Test]
    public async Task A_package_exactly_at_the_threshold_goes_up_in_parts_each_completed_with_its_checksum()
    {
        var moto = await Moto.FreshAsync();
        var bucket = await LocalArtifactBuckets.CreateAsync(LocalClients.For(moto), "artifacts");
        var completions = new List<string>();
        var http = new FaultyHttp(r =>
        {
            if (r.Method == HttpMethod.Post && r.RequestUri!.Query.Contains("uploadId=", StringComparison.Ordinal))
            {
                completions.Add(r.Content!.ReadAsStringAsync().GetAwaiter().GetResult());
            }

            return null;
        });
        using var s3 = LocalClients.For(moto, http).S3(AwsIdentity.Infrastructure);
        const int size = 2 * PartSize;
        var package = LocalArtifactBuckets.WriteFile("big.zip", size);
        var sha = await Sha256File.HexAsync(package);
        var parts = await Sha256File.PartsBase64Async(package, PartSize);
        var options = new ArtifactStoreOptions(MultipartThreshold: size, PartSize: PartSize);

        var result = await new ArtifactStore(s3, log.Add, options: options).UploadAsync(bucket, "greeter", package);

        Assert.That(result.Multipart, Is.True);
        Assert.That(log, Does.Contain($"Uploading big.zip ({size:N0} bytes, SHA-256 {sha}) to s3://artifacts/{result.Key} in parts."));
        Assert.That(completions, Has.Count.EqualTo(1));
        Assert.That(PartChecksum().Matches(completions[0]).Select(m => m.Groups[1].Value), Is.EqualTo(parts));
        var head = await s3.GetObjectMetadataAsync(bucket.Name, result.Key);
        Assert.That(head.Headers.ContentType, Is.EqualTo("application/zip"));
    }

    [Test]
    public async Task A_single_part_package_is_stored_as_zip_and_its_manifest_as_json()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        using var s3 = clients.S3(AwsIdentity.Infrastructure);

        var result = await new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", LocalArtifactBuckets.WriteFile("service.zip", 4096), "{\"sha256\":\"x\"}");

        Assert.That(result.Multipart, Is.False);
        Assert.That((await s3.GetObjectMetadataAsync(bucket.Name, result.Key)).Headers.ContentType, Is.EqualTo("application/zip"));
        Assert.That((await s3.GetObjectMetadataAsync(bucket.Name, result.ManifestKey)).Headers.ContentType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task An_unreachable_s3_names_the_network_error_and_the_lifecycle_rule_that_removes_the_parts()
    {
        var moto = await Moto.FreshAsync();
        var bucket = await LocalArtifactBuckets.CreateAsync(LocalClients.For(moto), "artifacts");
        var http = new FaultyHttp(r =>
            (r.Method == HttpMethod.Put && r.RequestUri!.AbsolutePath.EndsWith(".zip", StringComparison.Ordinal)) || r.RequestUri!.Query.Contains("uploads", StringComparison.Ordinal)
                ? throw new HttpRequestException("Connection refused by the test")
                : null);
        using var s3 = LocalClients.For(moto, http).S3(AwsIdentity.Infrastructure);
        var package = LocalArtifactBuckets.WriteFile("service.zip", 4096);
        var key = ArtifactKeys.Package("greeter", await Sha256File.HexAsync(package));

        var error = Assert.ThrowsAsync<ArtifactStoreException>(() => new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", package));

        Assert.That(error.Message, Is.EqualTo(
            $"Uploading {package} to s3://artifacts/{key} failed: HttpRequestException: Connection refused by the test. No object was written under {key} " +
            "(S3 only creates it when the upload completes); the incomplete multipart upload could not be aborted (S3 was unreachable): its parts stay " +
            "invisible and the bucket's AbortIncompleteMultipartUpload lifecycle rule removes them. Fix the cause and run the stage again."));
    }

    [Test]
    public async Task A_missing_bucket_is_named_and_no_unreachable_s3_is_blamed()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        var package = LocalArtifactBuckets.WriteFile("big.zip", 2 * PartSize);
        var options = new ArtifactStoreOptions(MultipartThreshold: PartSize, PartSize: PartSize);

        var error = Assert.ThrowsAsync<ArtifactStoreException>(() =>
            new ArtifactStore(s3, log.Add, options: options).UploadAsync(new ArtifactBucket("no-such-artifacts", "arn:aws:kms:eu-west-1:111111111111:key/x"), "greeter", package));

        Assert.That(error.Message, Does.Contain("failed: 404 NoSuchBucket").And.Contain("no multipart upload can remain: the bucket does not exist."));
        Assert.That(error.Message, Does.Not.Contain("unreachable"));
    }

    [Test]
    public async Task A_file_of_exactly_two_parts_has_two_part_checksums()
    {
        var file = LocalArtifactBuckets.WriteFile("even.zip", 4096);

        var parts = await Sha256File.PartsBase64Async(file, 2048);

        Assert.That(parts, Has.Length.EqualTo(2));
    }

    [Test]
    public void The_result_uri_is_the_bucket_and_key() =>
        Assert.That(new UploadResult("artifacts", "greeter/abc.zip", "greeter/abc.json", "abc", 1, 1, Skipped: false, Multipart: false).Uri, Is.EqualTo("s3://artifacts/greeter/abc.zip"));

    [Test]
    public void The_wrapped_request_rethrows_the_inner_exception_itself()
    {
        var request = KnownHashRequest.Wrap(DispatchProxy.Create<IRequest, RefusingRequest>(), "abc");

        var error = Assert.Throws<InvalidOperationException>(() => _ = request.ResourcePath);

        Assert.That(error.Message, Is.EqualTo("refused by the test"));
        Assert.That(request.ComputeContentStreamHash(), Is.EqualTo("abc"));
    }

    [Test]
    public async Task A_part_explicitly_signed_over_http_claims_its_checksum_digest_not_a_fresh_hash()
    {
        var wrong = SHA256.HashData("something else"u8);
        var claimed = new List<string>();
        var config = new AwsTarget("eu-west-1", new Uri("http://127.0.0.1:9")).Configure(new AmazonS3Config { MaxErrorRetry = 0 });
        config.HttpClientFactory = new FaultyHttp(r =>
        {
            claimed.Add(r.Headers.GetValues("x-amz-content-sha256").Single());
            var ok = FaultyHttp.Xml(string.Empty);
            ok.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"etag\"");
            return ok;
        });
        using var s3 = new AmazonS3Client(new BasicAWSCredentials("AKIDEXAMPLE", "secret"), config);

        await s3.UploadPartAsync(new UploadPartRequest
        {
            BucketName = "artifacts", Key = "greeter/part", UploadId = "upload", PartNumber = 1, InputStream = new MemoryStream(new byte[1024]),
            UseChunkEncoding = false, DisablePayloadSigning = false, ChecksumAlgorithm = ChecksumAlgorithm.SHA256, ChecksumSHA256 = Convert.ToBase64String(wrong),
        });

        Assert.That(claimed, Is.EqualTo(new[] { Convert.ToHexStringLower(wrong) }));
    }

    [GeneratedRegex("<ChecksumSHA256>([^<]+)</ChecksumSHA256>")]
    private static partial Regex PartChecksum();

    public class RefusingRequest : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw new InvalidOperationException("refused by the test");
    }
}

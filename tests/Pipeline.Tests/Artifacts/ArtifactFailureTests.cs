using System.Net;
using Amazon.S3.Model;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Tests.Aws;
using TestSupport;

namespace Pipeline.Tests.Artifacts;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ArtifactFailureTests
{
    private readonly List<string> log = [];

    [Test]
    public async Task No_write_sends_an_acl_to_the_bucket_owner_enforced_bucket()
    {
        // An ACL header on a BucketOwnerEnforced bucket needs s3:PutObjectAcl, which no role holds: AccessDenied on AWS.
        var moto = await Moto.FreshAsync();
        var bucket = await LocalArtifactBuckets.CreateAsync(LocalClients.For(moto), "artifacts");
        var withAcl = new List<string>();
        var http = new FaultyHttp(r =>
        {
            if (r.Headers.Contains("x-amz-acl"))
            {
                lock (withAcl)
                {
                    withAcl.Add($"{r.Method} {r.RequestUri}");
                }
            }

            return null;
        });
        using var s3 = LocalClients.For(moto, http).S3(AwsIdentity.Infrastructure);

        var small = await new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", LocalArtifactBuckets.WriteFile("a.zip", 100), "{}");
        var big = await new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", LocalArtifactBuckets.WriteFile("big.zip", 20 * 1024 * 1024));

        Assert.That(small.Skipped || big.Skipped, Is.False);
        Assert.That(big.Multipart, Is.True);
        Assert.That(withAcl, Is.Empty);
    }

    [Test]
    public async Task Throttled_parts_are_retried_and_reported()
    {
        var moto = await Moto.FreshAsync();
        var bucket = await LocalArtifactBuckets.CreateAsync(LocalClients.For(moto), "artifacts");
        var throttled = 0;
        var http = new FaultyHttp(r => r.Method == HttpMethod.Put && r.RequestUri!.Query.Contains("partNumber=2") && Interlocked.Increment(ref throttled) <= 2
            ? FaultyHttp.Error(HttpStatusCode.ServiceUnavailable, "SlowDown", "Please reduce your request rate.")
            : null);
        using var s3 = LocalClients.For(moto, new RetryReportingHttp(log.Add, http.CreateHandler)).S3(AwsIdentity.Infrastructure);

        var result = await new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", LocalArtifactBuckets.WriteFile("big.zip", 20 * 1024 * 1024));

        Assert.That(result.Multipart, Is.True);
        Assert.That(log.Count(l => l.StartsWith("AWS answered 503", StringComparison.Ordinal) && l.Contains("(a part)", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(throttled, Is.EqualTo(3), "two throttled attempts, then the retry that succeeded");
    }

    [Test]
    public async Task A_failed_part_aborts_the_upload_and_leaves_no_object()
    {
        var moto = await Moto.FreshAsync();
        var clients = LocalClients.For(moto);
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        var http = new FaultyHttp(r => r.Method == HttpMethod.Put && r.RequestUri!.Query.Contains("partNumber=3")
            ? FaultyHttp.Error(HttpStatusCode.BadRequest, "InvalidArgument", "Part refused by the test")
            : null);
        using var s3 = LocalClients.For(moto, http).S3(AwsIdentity.Infrastructure);
        var package = LocalArtifactBuckets.WriteFile("big.zip", 20 * 1024 * 1024);

        var error = Assert.ThrowsAsync<ArtifactStoreException>(() => new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", package));

        Assert.That(error.Message, Does.Contain("failed: 400 InvalidArgument: Part refused by the test"));
        Assert.That(error.Message, Does.Contain("No object was written under greeter/").And.Contain("aborted 1 incomplete multipart upload(s)"));
        using var plain = clients.S3(AwsIdentity.Infrastructure);
        var key = ArtifactKeys.Package("greeter", await Sha256File.HexAsync(package));
        var objects = await plain.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket.Name });
        var uploads = await plain.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = bucket.Name });
        Assert.That(objects.S3Objects ?? [], Is.Empty, key);
        Assert.That(uploads.MultipartUploads ?? [], Is.Empty);
    }

    [Test]
    public async Task The_emulator_dying_mid_upload_is_a_clear_failure()
    {
        LocalTools.Require(MotoServer.Executable);
        var moto = await MotoServer.StartAsync();
        try
        {
            var clients = LocalClients.For(moto);
            var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
            using var s3 = clients.S3(AwsIdentity.Infrastructure);
            var killed = 0;
            var store = new ArtifactStore(s3, log.Add, (bytes, _) =>
            {
                if (bytes > 8 * 1024 * 1024 && Interlocked.Exchange(ref killed, 1) == 0)
                {
                    moto.Dispose();
                }
            });

            var error = Assert.ThrowsAsync<ArtifactStoreException>(() => store.UploadAsync(bucket, "greeter", LocalArtifactBuckets.WriteFile("big.zip", 40 * 1024 * 1024)));

            TestContext.Out.WriteLine(error.Message);
            Assert.That(killed, Is.EqualTo(1));
            Assert.That(error.Message, Does.Contain("failed").And.Contain("No object was written under greeter/").And.Contain("run the stage again"));
        }
        finally
        {
            moto.Dispose();
        }
    }
}

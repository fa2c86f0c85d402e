using System.Net;
using Amazon.S3.Model;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.Tests.Aws;
using TestSupport;

namespace Pipeline.Tests.Artifacts;

/// <summary>A refused single-part upload: the whole message, no object, nothing to abort; progress is reported while it goes.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class SinglePartUploadFailureTests
{
    private readonly List<string> log = [];

    [Test]
    public async Task A_refused_put_names_the_file_the_status_code_and_message_and_that_nothing_was_left()
    {
        var moto = await Moto.FreshAsync();
        var clients = LocalClients.For(moto);
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        var http = new FaultyHttp(r => r.Method == HttpMethod.Put && r.RequestUri!.AbsolutePath.EndsWith(".zip", StringComparison.Ordinal)
            ? FaultyHttp.Error(HttpStatusCode.Forbidden, "AccessDenied", "Refused by the test")
            : null);
        using var s3 = LocalClients.For(moto, http).S3(AwsIdentity.Infrastructure);
        var package = LocalArtifactBuckets.WriteFile("service.zip", 4096);
        var key = ArtifactKeys.Package("greeter", await Sha256File.HexAsync(package));

        var error = Assert.ThrowsAsync<ArtifactStoreException>(() => new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", package));

        Assert.That(error.Message, Is.EqualTo(
            $"Uploading {package} to s3://artifacts/{key} failed: 403 AccessDenied: Refused by the test. No object was written under {key} " +
            "(S3 only creates it when the upload completes); no incomplete multipart upload remains. Fix the cause and run the stage again."));
        using var plain = clients.S3(AwsIdentity.Infrastructure);
        var objects = await plain.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket.Name });
        Assert.That(objects.S3Objects ?? [], Is.Empty);
    }

    [Test]
    public async Task A_single_part_upload_reports_its_progress_up_to_the_whole_file()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        var progress = new List<(long Sent, long Total)>();

        await new ArtifactStore(s3, log.Add, (sent, total) => progress.Add((sent, total))).UploadAsync(bucket, "greeter", LocalArtifactBuckets.WriteFile("service.zip", 100_000));

        Assert.That(progress, Is.Not.Empty);
        Assert.That(progress[^1], Is.EqualTo((100_000L, 100_000L)));
    }
}

using Amazon.S3;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.Tests.Aws;
using TestSupport;

namespace Pipeline.Tests.Artifacts;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class StackReferenceTests
{
    private readonly List<string> log = [];

    [Test]
    public async Task Releasing_the_last_stack_that_runs_a_package_deletes_it()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        var store = new ArtifactStore(s3, log.Add);
        var upload = await store.UploadAsync(bucket, "greeter", LocalArtifactBuckets.WriteFile("feature.zip", 1024, seed: 3), Manifest("x"));
        await store.RecordStackAsync(bucket, "greeter", "greeter-login-1a2b3c4d", Manifest(upload.Sha256));

        var deleted = await store.ReleaseStackAsync(bucket, "greeter", "greeter-login-1a2b3c4d");

        Assert.That(deleted, Is.EquivalentTo(new[] { "greeter/stacks/greeter-login-1a2b3c4d.json", upload.Key, upload.ManifestKey }));
        Assert.That(await Exists(s3, bucket, upload.Key), Is.False);
    }

    [Test]
    public async Task A_package_another_stack_still_runs_stays()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        var store = new ArtifactStore(s3, log.Add);
        var upload = await store.UploadAsync(bucket, "greeter", LocalArtifactBuckets.WriteFile("shared.zip", 1024, seed: 4));
        await store.RecordStackAsync(bucket, "greeter", "greeter-preprod", Manifest(upload.Sha256));
        await store.RecordStackAsync(bucket, "greeter", "greeter-login-1a2b3c4d", Manifest(upload.Sha256));

        var deleted = await store.ReleaseStackAsync(bucket, "greeter", "greeter-login-1a2b3c4d");

        Assert.That(deleted, Is.EqualTo(new[] { "greeter/stacks/greeter-login-1a2b3c4d.json" }));
        Assert.That(await Exists(s3, bucket, upload.Key), Is.True);
        Assert.That(log.Last(), Does.Contain("greeter/stacks/greeter-preprod.json still runs it"));
    }

    [Test]
    public async Task A_stack_without_a_record_deletes_nothing()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        using var s3 = clients.S3(AwsIdentity.Infrastructure);

        Assert.That(await new ArtifactStore(s3, log.Add).ReleaseStackAsync(bucket, "greeter", "greeter-never"), Is.Empty);
    }

    private static string Manifest(string sha256) => $$"""{"application":"greeter","sha256":"{{sha256}}"}""";

    private static async Task<bool> Exists(IAmazonS3 s3, ArtifactBucket bucket, string key)
    {
        try
        {
            await s3.GetObjectMetadataAsync(bucket.Name, key);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}

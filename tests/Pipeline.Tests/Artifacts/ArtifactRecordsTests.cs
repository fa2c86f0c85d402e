using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.Tests.Aws;
using TestSupport;

namespace Pipeline.Tests.Artifacts;

/// <summary>Commit and stack records, the skip and promotion paths' own results, and what the store logs, word for word.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ArtifactRecordsTests
{
    private const string Commit = "ABCDEF0123";
    private readonly List<string> log = [];

    [Test]
    public async Task A_commit_record_reads_back_its_manifest_and_another_commit_has_none()
    {
        var (s3, bucket) = await BucketAsync("artifacts");
        var store = new ArtifactStore(s3, log.Add);

        await store.RecordCommitAsync(bucket, "greeter", Commit, """{"sha256":"x"}""");

        Assert.That(await store.FindCommitAsync(bucket, "greeter", Commit), Is.EqualTo("""{"sha256":"x"}"""));
        Assert.That(await store.FindCommitAsync(bucket, "greeter", "abcdef0124"), Is.Null);
        Assert.That((await store.VerifyAsync(bucket, "greeter/commits/abcdef0123.json")).KmsKeyId, Is.EqualTo(bucket.KmsKeyArn));
    }

    [Test]
    public async Task A_first_upload_logs_what_it_sends_and_what_it_verified()
    {
        var (s3, bucket) = await BucketAsync("artifacts");
        var package = LocalArtifactBuckets.WriteFile("service.zip", 4096);
        var sha = await Sha256File.HexAsync(package);

        var result = await new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", package);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new UploadResult("artifacts", $"greeter/{sha}.zip", $"greeter/{sha}.json", sha, 4096, 4096, Skipped: false, Multipart: false)));
            Assert.That(log, Is.EqualTo(new[]
            {
                $"Uploading service.zip ({4096:N0} bytes, SHA-256 {sha}) to s3://artifacts/greeter/{sha}.zip.",
                $"Verified s3://artifacts/greeter/{sha}.zip: aws:kms with {bucket.KmsKeyArn}, SHA-256 {sha}.",
            }));
        });
    }

    [Test]
    public async Task A_skipped_upload_adds_a_missing_manifest_and_keeps_an_existing_one()
    {
        var (s3, bucket) = await BucketAsync("artifacts");
        var package = LocalArtifactBuckets.WriteFile("service.zip", 2048);
        var store = new ArtifactStore(s3, log.Add);
        var first = await store.UploadAsync(bucket, "greeter", package);

        var second = await store.UploadAsync(bucket, "greeter", package, """{"version":"1"}""");
        var third = await store.UploadAsync(bucket, "greeter", package, """{"version":"2"}""");

        Assert.Multiple(async () =>
        {
            Assert.That(second, Is.EqualTo(first with { BytesUploaded = 0, Skipped = true }));
            Assert.That(third.Skipped, Is.True);
            Assert.That(await ReadAsync(s3, bucket, first.ManifestKey), Is.EqualTo("""{"version":"1"}"""));
            Assert.That(log.Last(), Is.EqualTo($"s3://artifacts/{first.Key} already stored with SHA-256 {first.Sha256}: 0 bytes uploaded."));
        });
    }

    [Test]
    public async Task Promotion_logs_the_copy_and_the_key_and_copies_no_manifest_the_source_lacks()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var preprod = await LocalArtifactBuckets.CreateAsync(clients, "artifacts-preprod");
        var prod = await LocalArtifactBuckets.CreateAsync(clients, "artifacts-prod");
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        var store = new ArtifactStore(s3, log.Add);
        var uploaded = await store.UploadAsync(preprod, "greeter", LocalArtifactBuckets.WriteFile("service.zip", 3000));

        var promoted = await store.PromoteAsync(preprod, prod, "greeter", uploaded.Sha256);
        var again = await store.PromoteAsync(preprod, prod, "greeter", uploaded.Sha256);

        Assert.Multiple(async () =>
        {
            Assert.That(promoted, Is.EqualTo(uploaded with { Bucket = "artifacts-prod" }));
            Assert.That(again, Is.EqualTo(uploaded with { Bucket = "artifacts-prod", BytesUploaded = 0, Skipped = true }));
            Assert.That(await new ArtifactVerifier(s3).HeadAsync(prod.Name, uploaded.ManifestKey), Is.Null);
            Assert.That(log.TakeLast(2), Is.EqualTo(new[]
            {
                $"Promoted s3://artifacts-preprod/{uploaded.Key} to s3://artifacts-prod/{uploaded.Key}: SHA-256 {uploaded.Sha256}, aws:kms with {prod.KmsKeyArn}.",
                $"s3://artifacts-prod/{uploaded.Key} already stored with SHA-256 {uploaded.Sha256}: 0 bytes copied.",
            }));
        });
    }

    [Test]
    public async Task A_package_missing_from_the_source_cannot_be_promoted_or_verified()
    {
        var (s3, preprod) = await BucketAsync("artifacts-preprod");
        var prod = new ArtifactBucket("artifacts-prod", preprod.KmsKeyArn);
        var sha = new string('a', 64);
        var store = new ArtifactStore(s3, log.Add);

        Assert.That(() => store.PromoteAsync(preprod, prod, "greeter", sha), Throws.TypeOf<ArtifactStoreException>().With.Message.EqualTo(
            $"s3://artifacts-preprod/greeter/{sha}.zip does not exist, so it cannot be promoted."));
        Assert.That(() => store.VerifyAsync(preprod, "greeter/x.zip"), Throws.TypeOf<ArtifactStoreException>().With.Message.EqualTo(
            "s3://artifacts-preprod/greeter/x.zip does not exist, so it cannot be verified."));
    }

    [Test]
    public async Task Releasing_a_stack_without_a_record_says_so_and_a_record_without_a_hash_counts_as_none()
    {
        var (s3, bucket) = await BucketAsync("artifacts");
        var store = new ArtifactStore(s3, log.Add);
        await store.RecordStackAsync(bucket, "greeter", "greeter-odd", """{"application":"greeter"}""");

        var never = await store.ReleaseStackAsync(bucket, "greeter", "greeter-never");
        var odd = await store.ReleaseStackAsync(bucket, "greeter", "greeter-odd");

        Assert.Multiple(() =>
        {
            Assert.That(never, Is.Empty);
            Assert.That(odd, Is.Empty);
            Assert.That(log, Is.EqualTo(new[]
            {
                "s3://artifacts/greeter/stacks/greeter-never.json does not exist: no package is recorded for greeter-never.",
                "s3://artifacts/greeter/stacks/greeter-odd.json does not exist: no package is recorded for greeter-odd.",
            }));
        });
    }

    [Test]
    public async Task A_package_another_stack_runs_stays_and_the_log_names_that_stack()
    {
        var (s3, bucket) = await BucketAsync("artifacts");
        var store = new ArtifactStore(s3, log.Add);
        var upload = await store.UploadAsync(bucket, "greeter", LocalArtifactBuckets.WriteFile("shared.zip", 1024, seed: 5));
        var manifest = $$"""{"sha256":"{{upload.Sha256}}"}""";
        await store.RecordStackAsync(bucket, "greeter", "greeter-a", """{"sha256":"other"}""");
        await store.RecordStackAsync(bucket, "greeter", "greeter-b", manifest);
        await store.RecordStackAsync(bucket, "greeter", "greeter-c", manifest);

        var deleted = await store.ReleaseStackAsync(bucket, "greeter", "greeter-c");

        Assert.That(deleted, Is.EqualTo(new[] { "greeter/stacks/greeter-c.json" }));
        Assert.That(log.Last(), Is.EqualTo($"Package {upload.Sha256} stays: greeter/stacks/greeter-b.json still runs it."));
    }

    private static async Task<(IAmazonS3 S3, ArtifactBucket Bucket)> BucketAsync(string name)
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, name);
        return (clients.S3(AwsIdentity.Infrastructure), bucket);
    }

    private static async Task<string> ReadAsync(IAmazonS3 s3, ArtifactBucket bucket, string key)
    {
        using var response = await s3.GetObjectAsync(bucket.Name, key);
        using var reader = new StreamReader(response.ResponseStream);
        return await reader.ReadToEndAsync();
    }
}

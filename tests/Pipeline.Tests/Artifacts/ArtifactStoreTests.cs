using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Tests.Aws;
using TestSupport;

namespace Pipeline.Tests.Artifacts;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ArtifactStoreTests
{
    private readonly List<string> log = [];

    [Test]
    public async Task Upload_encrypts_with_the_customer_key_arn_and_writes_the_manifest()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        var package = LocalArtifactBuckets.WriteFile("service.zip", 4096);
        using var s3 = clients.S3(AwsIdentity.Infrastructure);

        var result = await new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", package, """{"version":"1.2.3"}""");

        var sha = await Sha256File.HexAsync(package);
        Assert.That(result.Key, Is.EqualTo($"greeter/{sha}.zip"));
        Assert.That(result.BytesUploaded, Is.EqualTo(4096));
        var head = await s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket.Name, Key = result.Key, ChecksumMode = ChecksumMode.ENABLED });
        Assert.That(head.ServerSideEncryptionMethod, Is.EqualTo(ServerSideEncryptionMethod.AWSKMS));
        Assert.That(head.ServerSideEncryptionKeyManagementServiceKeyId, Is.EqualTo(bucket.KmsKeyArn));
        Assert.That(head.ChecksumSHA256, Is.EqualTo(Sha256File.ToBase64(sha)));
        var manifest = await s3.GetObjectMetadataAsync(bucket.Name, $"greeter/{sha}.json");
        Assert.That(manifest.ServerSideEncryptionKeyManagementServiceKeyId, Is.EqualTo(bucket.KmsKeyArn));
    }

    [Test]
    public async Task An_unchanged_package_is_not_uploaded_again()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        var package = LocalArtifactBuckets.WriteFile("service.zip", 2048);
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        var store = new ArtifactStore(s3, log.Add);
        await store.UploadAsync(bucket, "greeter", package);

        var again = await store.UploadAsync(bucket, "greeter", package);

        Assert.That(again.Skipped, Is.True);
        Assert.That(again.BytesUploaded, Is.Zero);
        Assert.That(log.Last(), Does.EndWith("0 bytes uploaded."));
    }

    [Test]
    public async Task A_large_package_goes_in_parts_with_progress()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        var size = 33 * 1024 * 1024;
        var package = LocalArtifactBuckets.WriteFile("big.zip", size);
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        var reports = new List<(long Bytes, long Total)>();
        var store = new ArtifactStore(s3, log.Add, (bytes, total) => { lock (reports) { reports.Add((bytes, total)); } });

        var result = await store.UploadAsync(bucket, "greeter", package);

        Assert.That(result.Multipart, Is.True);
        Assert.That(reports, Has.Count.GreaterThan(1));
        Assert.That(reports.Max(r => r.Bytes), Is.EqualTo(size));
        Assert.That(reports.Select(r => r.Total).Distinct(), Is.EqualTo(new long[] { size }));
        var stored = await store.VerifyAsync(bucket, result.Key, result.Sha256);
        Assert.That(stored.Size, Is.EqualTo(size));
        Assert.That(stored.IsComposite, Is.True, "a multipart object has a checksum of part checksums");
        Assert.That((await store.UploadAsync(bucket, "greeter", package)).BytesUploaded, Is.Zero);
    }

    [Test]
    public async Task Every_part_carries_the_sha256_of_its_own_bytes()
    {
        var moto = await Moto.FreshAsync();
        var bucket = await LocalArtifactBuckets.CreateAsync(LocalClients.For(moto), "artifacts");
        var partSize = 5 * 1024 * 1024;
        var package = LocalArtifactBuckets.WriteFile("big.zip", (2 * partSize) + 1000);
        var sent = new Dictionary<string, string>();
        var http = new FaultyHttp(r =>
        {
            if (r.Method == HttpMethod.Put && System.Web.HttpUtility.ParseQueryString(r.RequestUri!.Query)["partNumber"] is { } part)
            {
                lock (sent)
                {
                    sent[part] = r.Headers.TryGetValues("x-amz-checksum-sha256", out var values) ? values.Single() : "(none)";
                }
            }

            return null;
        });
        using var s3 = LocalClients.For(moto, http).S3(AwsIdentity.Infrastructure);

        await new ArtifactStore(s3, options: new ArtifactStoreOptions(MultipartThreshold: partSize, PartSize: partSize)).UploadAsync(bucket, "greeter", package);

        var bytes = await File.ReadAllBytesAsync(package);
        var expected = bytes.Chunk(partSize).Select((part, i) => ((i + 1).ToString(), Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(part))));
        Assert.That(sent, Is.EquivalentTo(expected.ToDictionary()));
    }

    [Test]
    public async Task Verification_fails_for_another_key_or_no_encryption()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        var other = await LocalArtifactBuckets.CreateAsync(clients, "elsewhere");
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket.Name, Key = "greeter/other.zip", ContentBody = "x",
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, ServerSideEncryptionKeyManagementServiceKeyId = other.KmsKeyArn,
        });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket.Name, Key = "greeter/plain.zip", ContentBody = "x" });
        var store = new ArtifactStore(s3);

        var wrongKey = Assert.ThrowsAsync<ArtifactStoreException>(() => store.VerifyAsync(bucket, "greeter/other.zip"));
        var plain = Assert.ThrowsAsync<ArtifactStoreException>(() => store.VerifyAsync(bucket, "greeter/plain.zip"));

        Assert.That(wrongKey.Message, Does.Contain(other.KmsKeyArn).And.Contain("expected " + bucket.KmsKeyArn));
        Assert.That(plain.Message, Does.Contain("not aws:kms"));
    }

    [Test]
    public async Task The_runtime_identity_reads_the_artifact_from_the_infrastructure_bucket()
    {
        var moto = await Moto.FreshAsync();
        var clients = LocalClients.For(moto);
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        var package = LocalArtifactBuckets.WriteFile("service.zip", 1000);
        using var infra = clients.S3(AwsIdentity.Infrastructure);
        var uploaded = await new ArtifactStore(infra).UploadAsync(bucket, "greeter", package);
        var assumed = await new RoleAssumer(clients).AssumeAsync(new RoleAssumption($"arn:aws:iam::{LocalAccounts.Runtime}:role/deploy", "pipeline-read"));

        using var runtime = assumed.Clients.S3(AwsIdentity.Runtime);
        using var response = await runtime.GetObjectAsync(bucket.Name, uploaded.Key);
        using var copy = new MemoryStream();
        await response.ResponseStream.CopyToAsync(copy);

        Assert.That(assumed.Identity.Account, Is.EqualTo(LocalAccounts.Runtime));
        Assert.That(copy.ToArray(), Is.EqualTo(await File.ReadAllBytesAsync(package)));
        assumed.Credentials.Dispose();
    }

    [Test]
    public async Task Promotion_copies_to_the_prod_bucket_under_the_prod_key()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var preprod = await LocalArtifactBuckets.CreateAsync(clients, "artifacts-preprod");
        var prod = await LocalArtifactBuckets.CreateAsync(clients, "artifacts-prod");
        var package = LocalArtifactBuckets.WriteFile("service.zip", 3000);
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        var store = new ArtifactStore(s3, log.Add);
        var uploaded = await store.UploadAsync(preprod, "greeter", package, "{}");

        var before = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = prod.Name });
        Assert.That(before.S3Objects ?? [], Is.Empty);
        var promoted = await store.PromoteAsync(preprod, prod, "greeter", uploaded.Sha256);

        var stored = await store.VerifyAsync(prod, promoted.Key, uploaded.Sha256);
        Assert.That(stored.KmsKeyId, Is.EqualTo(prod.KmsKeyArn));
        Assert.That(stored.Size, Is.EqualTo(3000));
        using (var copy = await s3.GetObjectAsync(prod.Name, promoted.Key))
        using (var bytes = new MemoryStream())
        {
            await copy.ResponseStream.CopyToAsync(bytes);
            Assert.That(bytes.ToArray(), Is.EqualTo(await File.ReadAllBytesAsync(package)));
        }

        Assert.That((await store.VerifyAsync(prod, promoted.ManifestKey)).KmsKeyId, Is.EqualTo(prod.KmsKeyArn));
        Assert.That((await store.PromoteAsync(preprod, prod, "greeter", uploaded.Sha256)).Skipped, Is.True);
    }
}

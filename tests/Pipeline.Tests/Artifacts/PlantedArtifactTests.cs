using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Tests.Aws;
using TestSupport;

namespace Pipeline.Tests.Artifacts;

/// <summary>Someone else's bytes under our key, with our SHA-256 in the metadata: replaced, never skipped.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class PlantedArtifactTests
{
    private const int PartSize = 5 * 1024 * 1024;
    private readonly List<string> log = [];

    [TestCase(false, TestName = "A planted single-part object without a checksum is replaced")]
    [TestCase(true, TestName = "A planted single-part object with its own checksum is replaced")]
    public async Task Planted_single_part(bool withChecksum)
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        var package = LocalArtifactBuckets.WriteFile("service.zip", 4096, seed: 1);
        var sha = await Sha256File.HexAsync(package);
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        await PlantAsync(s3, bucket, ArtifactKeys.Package("greeter", sha), sha, Bytes(4096, seed: 2), withChecksum);

        var result = await new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", package);

        Assert.That(result.Skipped, Is.False);
        Assert.That(result.BytesUploaded, Is.EqualTo(4096));
        Assert.That(await ReadAsync(s3, bucket, result.Key), Is.EqualTo(await File.ReadAllBytesAsync(package)));
        Assert.That(log, Has.Some.StartsWith($"Replacing s3://{bucket.Name}/{result.Key}: "));
    }

    [Test]
    public async Task A_planted_multipart_object_is_replaced()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        var size = (2 * PartSize) + 100;
        var package = LocalArtifactBuckets.WriteFile("big.zip", size, seed: 1);
        var sha = await Sha256File.HexAsync(package);
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        var options = new ArtifactStoreOptions(MultipartThreshold: PartSize, PartSize: PartSize);
        var planted = LocalArtifactBuckets.WriteFile("planted.zip", size, seed: 2);
        await PlantInPartsAsync(s3, bucket, ArtifactKeys.Package("greeter", sha), sha, planted, options);

        var result = await new ArtifactStore(s3, log.Add, options: options).UploadAsync(bucket, "greeter", package);

        Assert.That(result.Skipped, Is.False);
        Assert.That(result.Multipart, Is.True);
        Assert.That(log, Has.Some.Contains("composite checksum"));
        Assert.That(await ReadAsync(s3, bucket, result.Key), Is.EqualTo(await File.ReadAllBytesAsync(package)));
        Assert.That((await new ArtifactStore(s3, log.Add, options: options).UploadAsync(bucket, "greeter", package)).Skipped, Is.True, "our own parts prove our object");
    }

    [Test]
    public async Task An_object_without_a_checksum_is_kept_only_when_its_bytes_hash_to_ours()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var bucket = await LocalArtifactBuckets.CreateAsync(clients, "artifacts");
        var package = LocalArtifactBuckets.WriteFile("service.zip", 4096);
        var sha = await Sha256File.HexAsync(package);
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        await PlantAsync(s3, bucket, ArtifactKeys.Package("greeter", sha), sha, await File.ReadAllBytesAsync(package), withChecksum: false);

        var result = await new ArtifactStore(s3, log.Add).UploadAsync(bucket, "greeter", package);

        Assert.That(result.Skipped, Is.True);
        Assert.That(log, Has.None.StartsWith("Replacing"));
    }

    [Test]
    public async Task Promotion_replaces_a_planted_copy_in_the_target()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var preprod = await LocalArtifactBuckets.CreateAsync(clients, "artifacts-preprod");
        var prod = await LocalArtifactBuckets.CreateAsync(clients, "artifacts-prod");
        var package = LocalArtifactBuckets.WriteFile("service.zip", 3000);
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        var store = new ArtifactStore(s3, log.Add);
        var uploaded = await store.UploadAsync(preprod, "greeter", package, "{}");
        await PlantAsync(s3, prod, uploaded.Key, uploaded.Sha256, Bytes(3000, seed: 2), withChecksum: true);

        Assert.That(await ReadAsync(s3, prod, uploaded.Key), Is.EqualTo(Bytes(3000, seed: 2)), "the planted copy is in place before promotion");
        var promoted = await store.PromoteAsync(preprod, prod, "greeter", uploaded.Sha256);

        Assert.That(promoted.Skipped, Is.False);
        Assert.That(await ReadAsync(s3, prod, promoted.Key), Is.EqualTo(await File.ReadAllBytesAsync(package)));
        Assert.That((await store.PromoteAsync(preprod, prod, "greeter", uploaded.Sha256)).Skipped, Is.True);
    }

    [Test]
    public async Task Promotion_refuses_a_planted_source()
    {
        var clients = LocalClients.For(await Moto.FreshAsync());
        var preprod = await LocalArtifactBuckets.CreateAsync(clients, "artifacts-preprod");
        var prod = await LocalArtifactBuckets.CreateAsync(clients, "artifacts-prod");
        var sha = new string('a', 64);
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        await PlantAsync(s3, preprod, ArtifactKeys.Package("greeter", sha), sha, Bytes(3000, seed: 2), withChecksum: false);

        var error = Assert.ThrowsAsync<ArtifactStoreException>(() => new ArtifactStore(s3, log.Add).PromoteAsync(preprod, prod, "greeter", sha));

        Assert.That(error!.Message, Does.Contain("cannot be promoted").And.Contain($"not {sha}"));
        Assert.That(await new ArtifactVerifier(s3).HeadAsync(prod.Name, ArtifactKeys.Package("greeter", sha)), Is.Null);
    }

    private static byte[] Bytes(int count, int seed)
    {
        var data = new byte[count];
        new Random(seed).NextBytes(data);
        return data;
    }

    private static async Task PlantAsync(IAmazonS3 s3, ArtifactBucket bucket, string key, string claimedSha, byte[] body, bool withChecksum)
    {
        var request = new PutObjectRequest
        {
            BucketName = bucket.Name, Key = key, InputStream = new MemoryStream(body),
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            ServerSideEncryptionKeyManagementServiceKeyId = bucket.KmsKeyArn,
        };
        if (withChecksum)
        {
            request.ChecksumAlgorithm = ChecksumAlgorithm.SHA256;
        }

        request.Metadata[ArtifactVerifier.Sha256Metadata] = claimedSha;
        await s3.PutObjectAsync(request);
    }

    private static async Task PlantInPartsAsync(IAmazonS3 s3, ArtifactBucket bucket, string key, string claimedSha, string path, ArtifactStoreOptions options)
    {
        var create = new InitiateMultipartUploadRequest
        {
            BucketName = bucket.Name, Key = key,
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            ServerSideEncryptionKeyManagementServiceKeyId = bucket.KmsKeyArn,
            ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
        };
        create.Metadata[ArtifactVerifier.Sha256Metadata] = claimedSha;
        var uploadId = (await s3.InitiateMultipartUploadAsync(create)).UploadId;
        var parts = new List<PartETag>();
        var chunks = (await File.ReadAllBytesAsync(path)).Chunk((int)options.PartSize).ToArray();
        for (var i = 0; i < chunks.Length; i++)
        {
            var checksum = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(chunks[i]));
            var part = await s3.UploadPartAsync(new UploadPartRequest
            {
                BucketName = bucket.Name, Key = key, UploadId = uploadId, PartNumber = i + 1, InputStream = new MemoryStream(chunks[i]), ChecksumSHA256 = checksum,
            });
            parts.Add(new PartETag { PartNumber = i + 1, ETag = part.ETag, ChecksumSHA256 = checksum });
        }

        await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest { BucketName = bucket.Name, Key = key, UploadId = uploadId, PartETags = parts });
    }

    private static async Task<byte[]> ReadAsync(IAmazonS3 s3, ArtifactBucket bucket, string key)
    {
        using var response = await s3.GetObjectAsync(bucket.Name, key);
        using var copy = new MemoryStream();
        await response.ResponseStream.CopyToAsync(copy);
        return copy.ToArray();
    }
}

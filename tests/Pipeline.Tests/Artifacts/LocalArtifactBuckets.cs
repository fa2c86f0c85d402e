using Amazon.KeyManagementService.Model;
using Amazon.S3.Model;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Pipeline.Tests.Artifacts;

/// <summary>A customer-managed KMS key and a bucket in the infrastructure account, made with the SDK.</summary>
public static class LocalArtifactBuckets
{
    public static async Task<ArtifactBucket> CreateAsync(AwsClientFactory clients, string name)
    {
        using var kms = clients.Kms(AwsIdentity.Infrastructure);
        var key = await kms.CreateKeyAsync(new CreateKeyRequest { Description = $"{name} artifacts" });
        using var s3 = clients.S3(AwsIdentity.Infrastructure);
        // BucketRegionName "eu-west-1" goes out as the legacy "EU" constraint, which moto refuses; name it explicitly.
        await s3.PutBucketAsync(new PutBucketRequest
        {
            BucketName = name,
            PutBucketConfiguration = new PutBucketConfiguration { LocationConstraint = new Amazon.S3.BucketLocationConstraint(LocalAccounts.Region) },
        });
        return new ArtifactBucket(name, key.KeyMetadata.Arn);
    }

    /// <summary>Test packages (up to hundreds of MB) live here and go when the run ends.</summary>
    public static string Scratch => Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifact-files");

    public static string WriteFile(string name, int bytes, int seed = 1)
    {
        var dir = Path.Combine(Scratch, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        var data = new byte[bytes];
        new Random(seed).NextBytes(data);
        File.WriteAllBytes(path, data);
        return path;
    }
}

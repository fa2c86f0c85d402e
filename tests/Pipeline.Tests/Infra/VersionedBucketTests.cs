using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.LocalAws;
using Pipeline.Terraform;
using Pipeline.Tests.Aws;
using TestSupport;

namespace Pipeline.Tests.Infra;

/// <summary>Defect 7: DestroyEnvironment failed on the versioned, non-empty artifact bucket.</summary>
public class VersionedBucketTests
{
    [Test]
    public async Task A_versioned_bucket_with_history_and_delete_markers_can_be_deleted_once_emptied()
    {
        var moto = await Moto.FreshAsync();
        using var s3 = new AmazonS3Client(new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey), LocalClients.Target(moto).Configure(new AmazonS3Config()));
        const string bucket = "versioned-artifacts";
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket, PutBucketConfiguration = new PutBucketConfiguration { LocationConstraint = new BucketLocationConstraint(LocalAccounts.Region) } });
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } });
        foreach (var body in new[] { "one", "two" })
        {
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "greeter/package.zip", ContentBody = body });
        }

        await s3.DeleteObjectAsync(bucket, "greeter/package.zip");
        Assert.That(async () => await s3.DeleteBucketAsync(bucket), Throws.InstanceOf<AmazonS3Exception>(), "S3 keeps a bucket that holds versions");

        var deleted = await new VersionedBucket(s3).EmptyAsync(bucket);

        Assert.That(deleted, Is.EqualTo(3));
        await s3.DeleteBucketAsync(bucket);
        Assert.That(await new VersionedBucket(s3).EmptyAsync(bucket), Is.Zero, "a bucket that is gone already is empty");
    }
}

using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace Pipeline.Terraform;

/// <summary>
/// Makes sure the S3 bucket behind the Terraform backend exists, versioned and private. Local rehearsals need it
/// before every init (the emulator starts empty); in AWS it is a one-time bootstrap.
/// </summary>
public sealed class TerraformStateBucket(IAmazonS3 s3)
{
    public async Task EnsureAsync(string bucket, string region, CancellationToken cancel = default)
    {
        if (!await ExistsAsync(bucket, cancel).ConfigureAwait(false))
        {
            var request = new PutBucketRequest { BucketName = bucket };
            if (region != "us-east-1")
            {
                request.PutBucketConfiguration = new PutBucketConfiguration
                {
                    LocationConstraint = new BucketLocationConstraint(region),
                };
            }

            try
            {
                await s3.PutBucketAsync(request, cancel).ConfigureAwait(false);
            }
            catch (AmazonS3Exception error) when (error.ErrorCode == "BucketAlreadyOwnedByYou")
            {
            }
        }

        await s3.PutBucketVersioningAsync(
            new PutBucketVersioningRequest
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
            },
            cancel).ConfigureAwait(false);
        await s3.PutPublicAccessBlockAsync(
            new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    BlockPublicPolicy = true,
                    IgnorePublicAcls = true,
                    RestrictPublicBuckets = true,
                },
            },
            cancel).ConfigureAwait(false);
    }

    private async Task<bool> ExistsAsync(string bucket, CancellationToken cancel)
    {
        try
        {
            await s3.GetBucketLocationAsync(new GetBucketLocationRequest { BucketName = bucket }, cancel).ConfigureAwait(false);
            return true;
        }
        catch (AmazonS3Exception error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (AmazonS3Exception error) when (error.StatusCode == HttpStatusCode.Forbidden)
        {
            throw new InvalidOperationException(
                $"The Terraform state bucket '{bucket}' exists but belongs to another account or denies this one. " +
                "Choose another state bucket name (pipeline settings) or fix the bucket's policy.", error);
        }
    }
}

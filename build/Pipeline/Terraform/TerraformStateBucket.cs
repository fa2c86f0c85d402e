using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace Pipeline.Terraform;

/// <summary>
/// The S3 bucket behind the Terraform backend. The Bootstrap target creates it once, versioned, encrypted and
/// private (<see cref="CreateAsync"/>); a deploy only checks it is there and readable (<see cref="RequireAsync"/>)
/// and never writes its settings, so the push role needs no bucket-administration permission.
/// </summary>
public sealed class TerraformStateBucket(IAmazonS3 s3)
{
    /// <summary>Creates the bucket when missing and (again) sets versioning, encryption and the public access block; idempotent.</summary>
    public async Task<bool> CreateAsync(string bucket, string region, CancellationToken cancel = default)
    {
        var created = false;
        if (await ProbeAsync(bucket, cancel).ConfigureAwait(false) == HttpStatusCode.NotFound)
        {
            var request = new PutBucketRequest { BucketName = bucket };
            if (region != "us-east-1")
            {
                request.PutBucketConfiguration = new PutBucketConfiguration { LocationConstraint = new BucketLocationConstraint(region) };
            }

            try
            {
                await s3.PutBucketAsync(request, cancel).ConfigureAwait(false);
                created = true;
            }
            catch (AmazonS3Exception error) when (error.ErrorCode == "BucketAlreadyOwnedByYou")
            {
            }
        }

        await s3.PutBucketVersioningAsync(
            new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } },
            cancel).ConfigureAwait(false);
        await s3.PutBucketEncryptionAsync(
            new PutBucketEncryptionRequest
            {
                BucketName = bucket,
                ServerSideEncryptionConfiguration = new ServerSideEncryptionConfiguration
                {
                    ServerSideEncryptionRules = [new ServerSideEncryptionRule { ServerSideEncryptionByDefault = new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = ServerSideEncryptionMethod.AES256 } }],
                },
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
        return created;
    }

    /// <summary>Checks the bucket exists and this identity may list it; reads only.</summary>
    public async Task RequireAsync(string bucket, string environment, CancellationToken cancel = default)
    {
        var status = await ProbeAsync(bucket, cancel).ConfigureAwait(false);
        if (status == HttpStatusCode.NotFound)
        {
            throw new InvalidOperationException(
                $"The Terraform state bucket '{bucket}' does not exist. Bootstrap the environment once, as an administrator: " +
                $"./build.sh --target=Bootstrap --env={environment} --aws=real --profile=<admin profile>");
        }

        if (status == HttpStatusCode.Forbidden)
        {
            throw new InvalidOperationException(
                $"Access to the Terraform state bucket '{bucket}' was denied (403). Either this identity lacks s3:ListBucket on it " +
                $"(run as {environment}'s push role, or re-run the Bootstrap target so that role has it), or the name belongs to another " +
                "account (set another 'stateBucket' in pipeline.json).");
        }
    }

    private async Task<HttpStatusCode> ProbeAsync(string bucket, CancellationToken cancel)
    {
        try
        {
            await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, MaxKeys = 1 }, cancel).ConfigureAwait(false);
            return HttpStatusCode.OK;
        }
        catch (AmazonS3Exception error) when (error.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            return error.StatusCode;
        }
    }
}

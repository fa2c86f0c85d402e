using Amazon.S3;
using Amazon.S3.Model;

namespace Pipeline.Terraform;

/// <summary>
/// Empties a versioned bucket (every version and delete marker) so Terraform can delete it: S3 refuses to delete a
/// bucket that holds any version, and the artifact bucket keeps its history on purpose.
/// </summary>
public sealed class VersionedBucket(IAmazonS3 s3)
{
    /// <summary>Deletes every object version and delete marker; returns how many, 0 when the bucket is gone already.</summary>
    public async Task<int> EmptyAsync(string bucket, CancellationToken cancel = default)
    {
        var deleted = 0;
        var request = new ListVersionsRequest { BucketName = bucket, MaxKeys = 1000 };
        while (true)
        {
            ListVersionsResponse page;
            try
            {
                page = await s3.ListVersionsAsync(request, cancel).ConfigureAwait(false);
            }
            catch (AmazonS3Exception error) when (error.ErrorCode == "NoSuchBucket")
            {
                return deleted;
            }

            var versions = (page.Versions ?? []).Select(v => new KeyVersion { Key = v.Key, VersionId = v.VersionId }).ToList();
            if (versions.Count > 0)
            {
                var result = await s3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = bucket, Objects = versions, Quiet = true }, cancel).ConfigureAwait(false);
                if (result.DeleteErrors is { Count: > 0 } errors)
                {
                    throw new InvalidOperationException($"Could not empty s3://{bucket}: {errors[0].Key} ({errors[0].Code}: {errors[0].Message}).");
                }

                deleted += versions.Count;
            }

            if (page.IsTruncated != true)
            {
                return deleted;
            }

            request.KeyMarker = page.NextKeyMarker;
            request.VersionIdMarker = page.NextVersionIdMarker;
        }
    }
}

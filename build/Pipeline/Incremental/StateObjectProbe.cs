using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace Pipeline.Incremental;

/// <summary>
/// What the backend holds for one Terraform state: the object's version and ETag, or "absent" when the bucket or the
/// object is gone (a reset or fresh emulator). Every apply that changes the state writes a new version, so a
/// recorded answer matches only the same state.
/// </summary>
public sealed class StateObjectProbe(IAmazonS3 s3)
{
    public async Task<string> DescribeAsync(string bucket, string key, CancellationToken cancel = default)
    {
        try
        {
            var head = await s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = key }, cancel).ConfigureAwait(false);
            return $"s3://{bucket}/{key} version {head.VersionId ?? "none"} etag {head.ETag}";
        }
        catch (AmazonS3Exception error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            return $"s3://{bucket}/{key} absent";
        }
    }
}

using Amazon.S3;

namespace Pipeline.Artifacts;

/// <summary>
/// Writes carry bucket-owner-full-control; a bucket with ACLs disabled (Object Ownership = BucketOwnerEnforced)
/// may refuse any ACL with AccessControlListNotSupported. The bucket owner owns every object there anyway, so the
/// write is repeated without the ACL and the bucket remembered.
/// </summary>
internal sealed class AclPolicy(Action<string> log)
{
    private readonly HashSet<string> aclDisabled = new(StringComparer.Ordinal);

    public async Task WriteAsync(string bucket, Func<bool, Task> write)
    {
        bool withAcl;
        lock (aclDisabled)
        {
            withAcl = !aclDisabled.Contains(bucket);
        }

        try
        {
            await write(withAcl).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (withAcl && e.ErrorCode == "AccessControlListNotSupported")
        {
            lock (aclDisabled)
            {
                aclDisabled.Add(bucket);
            }

            log($"s3://{bucket} has ACLs disabled (bucket owner enforced); writing without the bucket-owner-full-control ACL, the bucket owner owns the object anyway.");
            await write(false).ConfigureAwait(false);
        }
    }
}

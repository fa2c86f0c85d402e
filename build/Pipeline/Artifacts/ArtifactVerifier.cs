using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace Pipeline.Artifacts;

/// <summary>HeadObject checks: SSE-KMS with exactly the bucket's key ARN, and the SHA-256 we uploaded.</summary>
public sealed class ArtifactVerifier
{
    public const string Sha256Metadata = "sha256";
    private readonly IAmazonS3 s3;

    public ArtifactVerifier(IAmazonS3 s3)
    {
        this.s3 = s3;
    }

    /// <summary>HeadObject with checksums, or null when the object does not exist.</summary>
    public async Task<GetObjectMetadataResponse?> HeadAsync(string bucket, string key, CancellationToken cancel = default)
    {
        try
        {
            return await s3.GetObjectMetadataAsync(
                new GetObjectMetadataRequest { BucketName = bucket, Key = key, ChecksumMode = ChecksumMode.ENABLED }, cancel)
                .ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<StoredArtifact> VerifyAsync(ArtifactBucket bucket, string key, string? expectedSha256 = null, CancellationToken cancel = default)
    {
        var head = await HeadAsync(bucket.Name, key, cancel).ConfigureAwait(false)
            ?? throw new ArtifactStoreException($"s3://{bucket.Name}/{key} does not exist, so it cannot be verified.");
        return Check(bucket, key, head, expectedSha256);
    }

    public static StoredArtifact Check(ArtifactBucket bucket, string key, GetObjectMetadataResponse head, string? expectedSha256)
    {
        var where = $"s3://{bucket.Name}/{key}";
        var encryption = head.ServerSideEncryptionMethod?.Value;
        if (encryption != ServerSideEncryptionMethod.AWSKMS.Value)
        {
            throw new ArtifactStoreException(
                $"{where} is encrypted with '{(string.IsNullOrEmpty(encryption) ? "nothing" : encryption)}', not aws:kms with {bucket.KmsKeyArn}. " +
                "Artifacts must use the customer-managed key: check the bucket's default encryption and the key ARN " +
                "in the Terraform outputs, then upload again.");
        }

        var keyId = head.ServerSideEncryptionKeyManagementServiceKeyId;
        if (!KeyMatches(keyId, bucket.KmsKeyArn))
        {
            throw new ArtifactStoreException(
                $"{where} is encrypted with KMS key '{keyId ?? "(none reported)"}', expected {bucket.KmsKeyArn}. " +
                "The runtime account can only decrypt with the shared customer-managed key: re-upload with that key ARN.");
        }

        var sha = head.Metadata[Sha256Metadata];
        var checksum = head.ChecksumSHA256;
        var composite = IsComposite(head);
        if (expectedSha256 is not null)
        {
            var expected = expectedSha256.ToLowerInvariant();
            if (!string.IsNullOrEmpty(sha) && sha != expected)
            {
                throw new ArtifactStoreException($"{where} records SHA-256 {sha}, expected {expected}. Delete the object and upload again.");
            }

            if (!string.IsNullOrEmpty(checksum) && !composite && checksum != Sha256File.ToBase64(expected))
            {
                throw new ArtifactStoreException($"{where} has S3 checksum {checksum}, which is not the SHA-256 {expected}. Delete the object and upload again.");
            }

            if (string.IsNullOrEmpty(sha) && string.IsNullOrEmpty(checksum))
            {
                throw new ArtifactStoreException($"{where} carries neither a SHA-256 checksum nor sha256 metadata, so its content cannot be verified. Upload it again.");
            }
        }

        return new StoredArtifact(bucket.Name, key, head.ContentLength, string.IsNullOrEmpty(sha) ? null : sha, keyId!, checksum, composite);
    }

    // A multipart object's checksum is a checksum of part checksums. S3 marks it "-N" and COMPOSITE; moto marks
    // neither, but every endpoint gives a multipart object an ETag ending in "-N".
    public static bool IsComposite(GetObjectMetadataResponse head) =>
        head.ChecksumType == ChecksumType.COMPOSITE
        || head.ChecksumSHA256?.Contains('-', StringComparison.Ordinal) == true
        || head.ETag?.Trim('"').Contains('-', StringComparison.Ordinal) == true;

    public static bool KeyMatches(string? reported, string keyArn)
    {
        if (string.IsNullOrEmpty(reported))
        {
            return false;
        }

        // S3 reports the key ARN; some endpoints echo the bare key id instead.
        return string.Equals(reported, keyArn, StringComparison.Ordinal)
            || keyArn.EndsWith(":key/" + reported, StringComparison.Ordinal);
    }
}

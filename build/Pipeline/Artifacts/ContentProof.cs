using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;

namespace Pipeline.Artifacts;

/// <summary>
/// Whether a stored object holds exactly the bytes with a given SHA-256, proven by S3's own checksum and never by the
/// writer's sha256 metadata: a full-object checksum equal to ours; a composite (multipart) checksum equal to the one our
/// parts give; otherwise the object's bytes, read and hashed.
/// </summary>
public sealed class ContentProof
{
    private readonly IAmazonS3 s3;

    public ContentProof(IAmazonS3 s3)
    {
        this.s3 = s3;
    }

    /// <summary>Null when the content is proven, else why not.</summary>
    /// <param name="partChecksums">Base64 SHA-256 of each part as we would upload it; empty when we do not know them.</param>
    public async Task<string?> MismatchAsync(
        string bucket, string key, GetObjectMetadataResponse head, string sha256, IReadOnlyList<string> partChecksums, CancellationToken cancel = default)
    {
        var expected = sha256.ToLowerInvariant();
        var checksum = head.ChecksumSHA256;
        var composite = ArtifactVerifier.IsComposite(head);
        if (!string.IsNullOrEmpty(checksum) && !composite)
        {
            return checksum == Sha256File.ToBase64(expected) ? null : $"S3's checksum {checksum} is not the SHA-256 {expected}";
        }

        if (!string.IsNullOrEmpty(checksum) && partChecksums.Count > 0)
        {
            var ours = Composite(partChecksums);
            var (value, count) = Split(checksum);
            count ??= Split(head.ETag?.Trim('"') ?? string.Empty).Count;
            return value == ours && (count is null || count == partChecksums.Count)
                ? null
                : $"S3's composite checksum {checksum} is not {ours}-{partChecksums.Count}, the one of our parts";
        }

        var actual = await HashAsync(bucket, key, cancel).ConfigureAwait(false);
        return actual == expected ? null : $"its bytes have SHA-256 {actual}, not {expected}";
    }

    /// <summary>S3's composite checksum: the base64 SHA-256 of the concatenated part digests (the "-N" suffix apart).</summary>
    public static string Composite(IReadOnlyList<string> partChecksums)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in partChecksums)
        {
            hash.AppendData(Convert.FromBase64String(part));
        }

        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    private static (string Value, int? Count) Split(string value)
    {
        var dash = value.LastIndexOf('-');
        return dash > 0 && int.TryParse(value.AsSpan(dash + 1), out var count) ? (value[..dash], count) : (value, null);
    }

    private async Task<string> HashAsync(string bucket, string key, CancellationToken cancel)
    {
        using var response = await s3.GetObjectAsync(bucket, key, cancel).ConfigureAwait(false);
        using var sha = SHA256.Create();
        var digest = await sha.ComputeHashAsync(response.ResponseStream, cancel).ConfigureAwait(false);
        return Convert.ToHexStringLower(digest);
    }
}

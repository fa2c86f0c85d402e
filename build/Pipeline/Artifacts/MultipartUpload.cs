using System.Buffers;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Win32.SafeHandles;

namespace Pipeline.Artifacts;

/// <summary>
/// One multipart upload driven part by part: each part is read from one file handle into a pooled buffer and sent
/// with a plain body and its precomputed x-amz-checksum-sha256 (over HTTPS with an unsigned payload: see
/// <see cref="PayloadSigning"/>; over HTTP signed with that same digest: <see cref="PartPayloadHashes"/>),
/// <see cref="ArtifactStoreOptions.Concurrency"/> at a time.
/// </summary>
/// <remarks>
/// Not TransferUtility: asked for a SHA-256 checksum, it sends each part aws-chunked with a signature per 80 KB and
/// the checksum as a trailer, which hashes every byte twice during the upload and makes the endpoint unwrap the chunks.
/// </remarks>
internal sealed class MultipartUpload(IAmazonS3 s3, ArtifactStoreOptions options, Action<long, long>? progress)
{
    public async Task RunAsync(InitiateMultipartUploadRequest create, string path, long size, string[] checksums, CancellationToken cancel)
    {
        using var file = File.OpenHandle(path);
        var parts = new PartETag[checksums.Length];
        var sent = 0L;
        var uploadId = (await s3.InitiateMultipartUploadAsync(create, cancel).ConfigureAwait(false)).UploadId;
        var unsigned = !PayloadSigning.Needed(s3.Config);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancel };
        await Parallel.ForEachAsync(Enumerable.Range(0, parts.Length), parallel, async (index, token) =>
        {
            var offset = index * options.PartSize;
            var length = (int)Math.Min(options.PartSize, size - offset);
            var buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                ReadExactly(file, buffer.AsSpan(0, length), offset);
                var request = new UploadPartRequest
                {
                    BucketName = create.BucketName, Key = create.Key, UploadId = uploadId, PartNumber = index + 1,
                    InputStream = new MemoryStream(buffer, 0, length, writable: false),
                    ChecksumAlgorithm = ChecksumAlgorithm.SHA256, ChecksumSHA256 = checksums[index], UseChunkEncoding = false,
                    DisablePayloadSigning = unsigned,
                };
                var response = await s3.UploadPartAsync(request, token).ConfigureAwait(false);
                parts[index] = new PartETag(index + 1, response.ETag) { ChecksumSHA256 = checksums[index] };
                progress?.Invoke(Interlocked.Add(ref sent, length), size);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }).ConfigureAwait(false);

        var complete = new CompleteMultipartUploadRequest { BucketName = create.BucketName, Key = create.Key, UploadId = uploadId, PartETags = [.. parts] };
        await s3.CompleteMultipartUploadAsync(complete, cancel).ConfigureAwait(false);
    }

    private static void ReadExactly(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        while (!buffer.IsEmpty)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            if (read == 0)
            {
                throw new IOException("The package got shorter after it was hashed.");
            }

            buffer = buffer[read..];
            offset += read;
        }
    }
}

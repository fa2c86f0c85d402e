using System.Buffers;
using System.Security.Cryptography;

namespace Pipeline.Artifacts;

public static class Sha256File
{
    // SHA256.HashDataAsync(stream) reads 4 KB at a time: 0.35 s for 200 MB, against 0.2 s in 1 MB reads.
    private const int ReadSize = 1024 * 1024;

    public static Task<string> HexAsync(string path, CancellationToken cancel = default) =>
        Task.Run(() => Convert.ToHexStringLower(Hash(path, 0, long.MaxValue, cancel)), cancel);

    /// <summary>The base64 SHA-256 (x-amz-checksum-sha256) of each <paramref name="partSize"/> slice of the file.</summary>
    public static Task<string[]> PartsBase64Async(string path, long partSize, CancellationToken cancel = default) =>
        Task.Run(
            () =>
            {
                var count = (int)((new FileInfo(path).Length + partSize - 1) / partSize);
                return Enumerable.Range(0, count).Select(i => Convert.ToBase64String(Hash(path, i * partSize, partSize, cancel))).ToArray();
            },
            cancel);

    /// <summary>S3's x-amz-checksum-sha256 is the base64 of the digest.</summary>
    public static string ToBase64(string hex) => Convert.ToBase64String(Convert.FromHexString(hex));

    private static byte[] Hash(string path, long offset, long length, CancellationToken cancel)
    {
        using var file = File.OpenHandle(path, options: FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ReadSize);
        try
        {
            int read;
            while (length > 0 && (read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(ReadSize, length)), offset)) > 0)
            {
                cancel.ThrowIfCancellationRequested();
                hash.AppendData(buffer, 0, read);
                offset += read;
                length -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return hash.GetHashAndReset();
    }
}

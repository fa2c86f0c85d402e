using System.Security.Cryptography;

namespace Pipeline.Artifacts;

public static class Sha256File
{
    public static async Task<string> HexAsync(string path, CancellationToken cancel = default)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, cancel).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>S3's x-amz-checksum-sha256 is the base64 of the digest.</summary>
    public static string ToBase64(string hex) => Convert.ToBase64String(Convert.FromHexString(hex));
}

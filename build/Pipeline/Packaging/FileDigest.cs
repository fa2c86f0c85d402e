using System.Security.Cryptography;

namespace Pipeline.Packaging;

public static class FileDigest
{
    /// <summary>The SHA-256 of a file as 64 lowercase hex characters.</summary>
    public static string Sha256Hex(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

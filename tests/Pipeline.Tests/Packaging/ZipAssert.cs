using System.IO.Compression;
using Pipeline.Packaging;

namespace Pipeline.Tests.Packaging;

internal static class ZipAssert
{
    public static byte[] Zip(string folder)
    {
        using var buffer = new MemoryStream();
        DeterministicZip.Write(folder, buffer);
        return buffer.ToArray();
    }

    public static List<ZipArchiveEntry> Entries(byte[] zip)
    {
        var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries];
    }
}

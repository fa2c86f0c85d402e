using System.IO.Compression;

namespace Pipeline.Packaging;

/// <summary>
/// Zips a folder so that the same file names and contents always give the same bytes: entries sorted by
/// ordinal path with forward slashes, one fixed timestamp, fixed Unix permissions, one compression level,
/// and no directory entries. File times, owners and permission noise on disk never reach the archive.
/// </summary>
public static class DeterministicZip
{
    public static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const CompressionLevel Level = CompressionLevel.Optimal;

    public const int RegularPermissions = 0b110_100_100; // 0644

    public const int ExecutablePermissions = 0b111_101_101; // 0755

    private const int RegularFile = 0x8000; // S_IFREG

    public static void Create(string sourceDirectory, string zipPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(zipPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var output = new FileStream(zipPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        Write(sourceDirectory, output);
    }

    /// <summary>Writes the archive to a seekable stream (a non-seekable one would add data descriptors).</summary>
    public static void Write(string sourceDirectory, Stream destination)
    {
        if (!destination.CanSeek)
        {
            throw new ArgumentException("Write the zip to a seekable stream such as a FileStream or MemoryStream.", nameof(destination));
        }

        var files = Entries(sourceDirectory);
        using var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, path) in files)
        {
            var entry = archive.CreateEntry(name, Level);
            entry.LastWriteTime = Timestamp;
            entry.ExternalAttributes = (RegularFile | ModeOf(name, path)) << 16;
            using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var target = entry.Open();
            source.CopyTo(target);
        }
    }

    /// <summary>The archive's entry names and the files they come from, in archive order.</summary>
    public static IReadOnlyList<(string Name, string Path)> Entries(string sourceDirectory)
    {
        var root = Path.GetFullPath(sourceDirectory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Nothing to zip: '{root}' does not exist. Run the publish step first.");
        }

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => (Name: Path.GetRelativePath(root, path).Replace('\\', '/'), Path: path))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"Nothing to zip: '{root}' has no files. Check that the publish step wrote its output there.");
        }

        return files;
    }

    /// <summary>0755 for a custom runtime's bootstrap or a file that is executable on disk, else 0644.</summary>
    public static int ModeOf(string entryName, string path)
    {
        if (string.Equals(Path.GetFileName(entryName), "bootstrap", StringComparison.Ordinal))
        {
            return ExecutablePermissions;
        }

        if (OperatingSystem.IsWindows())
        {
            return RegularPermissions;
        }

        var executable = (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0;
        return executable ? ExecutablePermissions : RegularPermissions;
    }
}

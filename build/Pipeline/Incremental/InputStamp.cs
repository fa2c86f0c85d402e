using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Incremental;

/// <summary>
/// One hash over everything a check reads: files (path and content) and facts such as tool versions. Any changed,
/// added or removed file or fact gives another stamp.
/// </summary>
public sealed record InputStamp(string Hash)
{
    /// <summary>Folders that hold outputs or caches, never a check's inputs.</summary>
    public static readonly IReadOnlySet<string> Outputs = new HashSet<string>(StringComparer.Ordinal)
    {
        ".git", "artifacts", "bin", "obj", ".terraform", "node_modules", "TestResults",
    };

    public static InputStamp Of(string root, IEnumerable<string> paths, IEnumerable<string> facts)
    {
        var full = Path.GetFullPath(root);
        var files = paths.SelectMany(path => Files(Path.GetFullPath(Path.Combine(full, path))))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            Add(hash, "file " + Path.GetRelativePath(full, file).Replace('\\', '/'));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
        }

        foreach (var fact in facts)
        {
            Add(hash, "fact " + fact);
        }

        return new InputStamp(Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static IEnumerable<string> Files(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            // A missing input is an input too: it stamps as absent.
            return [];
        }

        return Directory.EnumerateFiles(path)
            .Concat(Directory.EnumerateDirectories(path)
                .Where(folder => !Outputs.Contains(Path.GetFileName(folder)))
                .SelectMany(Files));
    }

    private static void Add(IncrementalHash hash, string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }

    public override string ToString() => Hash.Length > 12 ? Hash[..12] : Hash;
}

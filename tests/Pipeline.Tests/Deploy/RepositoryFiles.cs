using System.Runtime.CompilerServices;

namespace Pipeline.Tests.Deploy;

internal static class RepositoryFiles
{
    /// <summary>
    /// Reads a file by its path from the repository root. Test binaries may live outside the repository
    /// (--artifacts-path), so the search starts from this source file's compile-time location.
    /// </summary>
    public static string Read(string relativePath, [CallerFilePath] string sourceFile = "") =>
        File.ReadAllText(Find(relativePath, sourceFile));

    public static string Find(string relativePath, [CallerFilePath] string sourceFile = "")
    {
        var starts = new[] { Path.GetDirectoryName(sourceFile), TestContext.CurrentContext.TestDirectory, Environment.CurrentDirectory };
        foreach (var start in starts.Where(s => !string.IsNullOrEmpty(s)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"{relativePath} was not found above {sourceFile} or {TestContext.CurrentContext.TestDirectory}.");
    }
}

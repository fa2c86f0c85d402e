using System.Runtime.CompilerServices;

namespace TestSupport;

/// <summary>
/// The one way the tests find the checkout: from this source file's compile-time location (test binaries may live
/// outside the tree with --artifacts-path), else upwards from the test binaries and the current folder.
/// </summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        var starts = new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory, Environment.CurrentDirectory };
        foreach (var start in starts.Where(start => !string.IsNullOrEmpty(start) && Directory.Exists(start)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pipeline.slnx")) && File.Exists(Path.Combine(dir.FullName, "pipeline.json")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Could not find the repository (a folder with Pipeline.slnx and pipeline.json). Run the tests from inside the checkout.");
    }
}

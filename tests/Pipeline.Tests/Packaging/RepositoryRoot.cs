using System.Runtime.CompilerServices;

namespace Pipeline.Tests.Packaging;

/// <summary>Finds the checkout the tests came from (test binaries may live under a separate artifacts path).</summary>
internal static class RepositoryRoot
{
    public static string Find([CallerFilePath] string sourceFile = "")
    {
        var starts = new[] { TestContext.CurrentContext.TestDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(sourceFile) ?? "" };
        foreach (var start in starts.Where(Path.IsPathRooted))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pipeline.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        Assert.Fail("Could not find the repository (a folder with Pipeline.slnx). Run the tests from inside the checkout.");
        return string.Empty;
    }
}

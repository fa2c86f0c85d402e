using System.Runtime.CompilerServices;
using Pipeline.Configuration;

namespace Permissions.Tests;

/// <summary>The checkout the tests were built from, and its pipeline.json.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Tools => Pipeline.Permissions.IamSimulator.DefaultDirectory(Root);

    public static PipelineConfig Config()
    {
        return PipelineConfigLoader.Load(Path.Combine(Root, "pipeline.json")).GetOrThrow();
    }

    public static string Scratch(string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "permissions-tests", name);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return path;
    }

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), Environment.CurrentDirectory, AppContext.BaseDirectory }.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pipeline.slnx")) && File.Exists(Path.Combine(dir.FullName, "pipeline.json")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Could not find the repository (a folder with Pipeline.slnx and pipeline.json).");
    }
}

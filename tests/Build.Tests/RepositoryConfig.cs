using System.Runtime.CompilerServices;
using Pipeline.Configuration;

namespace Build.Tests;

/// <summary>The repository's own files: the tests check the real pipeline.json, buildspecs and docs.</summary>
internal static class RepositoryConfig
{
    public static string Root { get; } = FindRoot();

    public static PipelineConfig Load() => PipelineConfigLoader.Load(Path.Combine(Root, "pipeline.json")).GetOrThrow();

    // Test binaries may be built outside the tree (--artifacts-path); the source file's location always works.
    private static string FindRoot([CallerFilePath] string source = "")
    {
        var fromBinaries = BuildPaths.FindRepositoryRoot(TestContext.CurrentContext.TestDirectory);
        return File.Exists(Path.Combine(fromBinaries, "pipeline.json"))
            ? fromBinaries
            : BuildPaths.FindRepositoryRoot(Path.GetDirectoryName(source)!);
    }
}

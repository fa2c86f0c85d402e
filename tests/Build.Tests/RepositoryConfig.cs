using Pipeline.Configuration;

namespace Build.Tests;

/// <summary>The repository's own files: the tests check the real pipeline.json, buildspecs and docs.</summary>
internal static class RepositoryConfig
{
    public static string Root => TestSupport.Repository.Root;

    public static PipelineConfig Load() => PipelineConfigLoader.Load(Path.Combine(Root, "pipeline.json")).GetOrThrow();
}

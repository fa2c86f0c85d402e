using Pipeline.Processes;

namespace Build.Tests.Rehearsal;

/// <summary>Runs ./build.sh as a user would, from the repository root, and keeps its whole log.</summary>
internal static class BuildHostRun
{
    public static async Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var result = await new ProcessRunner().RunAsync(new ProcessSpec(Path.Combine(RepositoryConfig.Root, "build.sh"), arguments)
        {
            WorkingDirectory = RepositoryConfig.Root,
            Environment = environment,
            Timeout = TimeSpan.FromMinutes(15),
        });
        TestContext.Out.WriteLine($"./build.sh {string.Join(' ', arguments)} -> exit {result.ExitCode} in {result.Elapsed.TotalSeconds:0} s");
        return result;
    }

    public static string Log(ProcessResult result) => result.StandardOutput + result.StandardError;
}

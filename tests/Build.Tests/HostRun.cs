using Pipeline.Processes;

namespace Build.Tests;

/// <summary>Runs the build host as a user would: ./build.sh from the repository root, or the compiled host from another root.</summary>
internal static class HostRun
{
    public static string HostDll => Path.Combine(new BuildPaths(RepositoryConfig.Root).BuildHost, "Build.dll");

    public static Task<ProcessResult> BuildShAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout) =>
        RunAsync(new ProcessSpec(Path.Combine(RepositoryConfig.Root, "build.sh"), arguments)
        {
            WorkingDirectory = RepositoryConfig.Root,
            Environment = environment,
            Timeout = timeout,
        });

    /// <summary>build.ps1 through PowerShell, as a Windows user runs it.</summary>
    public static Task<ProcessResult> BuildPs1Async(string pwsh, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout) =>
        RunAsync(new ProcessSpec(pwsh, ["-NoLogo", "-NoProfile", "-NonInteractive", "-File", Path.Combine(RepositoryConfig.Root, "build.ps1"), .. arguments])
        {
            WorkingDirectory = RepositoryConfig.Root,
            Environment = environment,
            Timeout = timeout,
        });

    /// <summary>The host compiled by build.sh, run with <paramref name="root"/> as the repository (it looks for pipeline.json and global.json).</summary>
    public static Task<ProcessResult> CompiledHostAsync(string root, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout) =>
        RunAsync(new ProcessSpec("dotnet", [HostDll, .. arguments])
        {
            WorkingDirectory = root,
            Environment = environment,
            Timeout = timeout,
        });

    public static string Log(ProcessResult result) => result.StandardOutput + result.StandardError;

    /// <summary>A developer's own AWS settings and a CodeBuild build id must not reach a rehearsal.</summary>
    public static Dictionary<string, string?> RehearsalEnvironment() => new()
    {
        ["AWS_PROFILE"] = null,
        ["AWS_ACCESS_KEY_ID"] = null,
        ["AWS_SECRET_ACCESS_KEY"] = null,
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_ENDPOINT_URL"] = null,
        ["CODEBUILD_BUILD_ID"] = null,
        ["NO_COLOR"] = "1",
    };

    private static async Task<ProcessResult> RunAsync(ProcessSpec spec)
    {
        var result = await new ProcessRunner().RunAsync(spec);
        TestContext.Out.WriteLine($"{spec.FileName} {string.Join(' ', spec.Arguments)} -> exit {result.ExitCode} in {result.Elapsed.TotalSeconds:0.0} s");
        return result;
    }
}

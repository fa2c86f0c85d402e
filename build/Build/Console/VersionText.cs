using System.Reflection;
using Pipeline.CodeBuild;
using Pipeline.Processes;
using Pipeline.Versioning;

namespace Build.Console;

/// <summary>./build.sh --version: the build host's own version, and the version this checkout's service would get.</summary>
public static class VersionText
{
    public static async Task<string> RenderAsync(string root, CodeBuildProvider codeBuild, string? branch)
    {
        var host = Informational(typeof(VersionText).Assembly);
        var cake = Informational(typeof(Cake.Core.ICakeContext).Assembly);
        var git = await new GitInfoReader(new ProcessRunner()).ReadAsync(root);
        var input = codeBuild.ToGitFlowInput(branch ?? git.Branch);
        var version = new VersionCalculator().Calculate(git, input, codeBuild.Environment.BuildNumber);
        return $"Build host {host} (Cake {cake})\nThis checkout builds {version.SemVer} ({input.Branch} at {git.ShortSha})\n";
    }

    private static string Informational(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";
}

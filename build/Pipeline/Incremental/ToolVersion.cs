using Pipeline.Processes;

namespace Pipeline.Incremental;

/// <summary>A tool's version line, as a stamp fact: a tool that cannot say is "unknown", which no green run saw.</summary>
public static class ToolVersion
{
    public static string Of(string executable, IReadOnlyList<string> arguments, string? workingDirectory = null)
    {
        var result = new ProcessRunner().RunAsync(new ProcessSpec(executable, arguments)
        {
            WorkingDirectory = workingDirectory,
            Environment = new Dictionary<string, string?> { ["CHECKPOINT_DISABLE"] = "1" },
            Timeout = TimeSpan.FromMinutes(1),
        }).GetAwaiter().GetResult();
        return result.Succeeded ? result.StandardOutput.Trim() : $"unknown ({executable} failed: {result.ExitCode})";
    }
}

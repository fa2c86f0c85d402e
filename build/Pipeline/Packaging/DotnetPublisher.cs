using Pipeline.Processes;

namespace Pipeline.Packaging;

/// <summary>Runs a <see cref="PublishCommand"/> into a clean output folder.</summary>
public sealed class DotnetPublisher(IProcessRunner runner)
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Publishes and returns how long it took; throws with the tail of the output when it fails.</summary>
    public async Task<TimeSpan> PublishAsync(PublishCommand command, CancellationToken cancel = default)
    {
        // A stale file left from an earlier publish would end up in the zip and change its hash.
        if (Directory.Exists(command.OutputDirectory))
        {
            Directory.Delete(command.OutputDirectory, recursive: true);
        }

        var result = await runner.RunAsync(command.ToProcessSpec(Timeout), cancel).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"dotnet publish of {command.ProjectName} failed with exit code {result.ExitCode}. Fix the errors below and run again.\n"
                + Tail(result.StandardOutput + result.StandardError, 40));
        }

        return result.Elapsed;
    }

    private static string Tail(string text, int lines) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
}

using Pipeline.Processes;
using Pipeline.Terraform;

namespace Pipeline.Tests.Infra;

/// <summary>Runs the real terraform for the tests (the Cake alias stand-in is not a dependency of these tests).</summary>
internal sealed class TerraformCli(string workingDirectory, IReadOnlyDictionary<string, string?> environment)
{
    private static readonly ProcessRunner Runner = new();

    /// <summary>Environment with the provider mirror and a data directory, for runs outside a <see cref="TerraformEnvironment"/>.</summary>
    public static Dictionary<string, string?> BaseEnvironment(string dataDirectory) => new()
    {
        ["TF_DATA_DIR"] = dataDirectory,
        ["TF_IN_AUTOMATION"] = "1",
        ["TF_INPUT"] = "0",
        [TerraformCliConfig.ConfigVariable] = CliConfig(),
    };

    public static string? CliConfig() => TerraformCliConfig.Write(RepositoryLayout.ScratchRoot);

    public Task<ProcessResult> RunAsync(params string[] arguments) => RunAsync(arguments, standardInput: null);

    public async Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments, string? standardInput)
    {
        if (standardInput is null)
        {
            return await Runner.RunAsync(Spec(arguments)).ConfigureAwait(false);
        }

        // terraform console reads its expression from standard input; the shared runner passes none, so redirect a file.
        var input = Path.Combine(RepositoryLayout.ScratchRoot, $"console-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(input, standardInput).ConfigureAwait(false);
        try
        {
            var shell = new ProcessSpec("sh", ["-c", "exec terraform \"$@\" < \"$TF_TEST_STDIN\"", "terraform", .. arguments])
            {
                WorkingDirectory = workingDirectory,
                Environment = new Dictionary<string, string?>(environment) { ["TF_TEST_STDIN"] = input },
                Timeout = TimeSpan.FromMinutes(2),
            };
            return await Runner.RunAsync(shell).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(input);
        }
    }

    public async Task<string> SucceedAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments).ConfigureAwait(false);
        await TestContext.Progress.WriteLineAsync($"terraform {arguments[0]}: {result.Elapsed.TotalSeconds:0.0} s").ConfigureAwait(false);
        Assert.That(result.ExitCode, Is.Zero, () => $"terraform {string.Join(' ', arguments.Take(1))} failed in {workingDirectory}:\n{result.StandardError}\n{Tail(result.StandardOutput)}");
        return result.StandardOutput;
    }

    private ProcessSpec Spec(IReadOnlyList<string> arguments) => new("terraform", ["-chdir=" + workingDirectory, .. arguments])
    {
        Environment = environment,
        Timeout = TimeSpan.FromMinutes(8),
    };

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}

using Pipeline.Processes;

namespace Pipeline.Tests.Versioning;

/// <summary>A throwaway git repository driven through the real git CLI.</summary>
internal sealed class TempGitRepository : IDisposable
{
    private static readonly Dictionary<string, string?> Identity = new()
    {
        ["GIT_AUTHOR_NAME"] = "Test",
        ["GIT_AUTHOR_EMAIL"] = "test@example.invalid",
        ["GIT_COMMITTER_NAME"] = "Test",
        ["GIT_COMMITTER_EMAIL"] = "test@example.invalid",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
    };

    private readonly ProcessRunner runner = new();
    private int commits;

    private TempGitRepository(string path) => Path = path;

    public string Path { get; }

    public static async Task<TempGitRepository> CreateAsync()
    {
        var repository = new TempGitRepository(Directory.CreateTempSubdirectory("policy-git-").FullName);
        await repository.GitAsync("init", "-q", "-b", "master");
        return repository;
    }

    public static async Task<TempGitRepository> ShallowCloneAsync(TempGitRepository source, string? branch = null)
    {
        var target = Directory.CreateTempSubdirectory("policy-clone-").FullName;
        var arguments = new List<string> { "clone", "-q", "--depth", "1" };
        if (branch is not null)
        {
            arguments.AddRange(["--branch", branch]);
        }

        arguments.AddRange([new Uri(source.Path).AbsoluteUri, target]);
        var clone = new TempGitRepository(target);
        await clone.GitAsync([.. arguments]);
        return clone;
    }

    /// <summary>Commits a change; the committer date is fixed so timestamps are testable.</summary>
    public async Task CommitAsync(DateTimeOffset? when = null)
    {
        commits++;
        await File.WriteAllTextAsync(System.IO.Path.Combine(Path, "file.txt"), $"change {commits}\n");
        await GitAsync("add", "file.txt");
        var date = (when ?? DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + commits)).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        await GitAsync(new Dictionary<string, string?> { ["GIT_COMMITTER_DATE"] = date, ["GIT_AUTHOR_DATE"] = date }, "commit", "-q", "-m", $"change {commits}");
    }

    public Task<string> GitAsync(params string[] arguments) => GitAsync(new Dictionary<string, string?>(), arguments);

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private async Task<string> GitAsync(Dictionary<string, string?> environment, params string[] arguments)
    {
        var variables = new Dictionary<string, string?>(Identity);
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        var result = await runner.RunAsync(new ProcessSpec("git", ["-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", .. arguments])
        {
            WorkingDirectory = Path,
            Environment = variables,
            Timeout = TimeSpan.FromMinutes(1),
        });
        Assert.That(result.ExitCode, Is.Zero, $"git {string.Join(' ', arguments)}: {result.StandardError}");
        return result.StandardOutput.Trim();
    }
}

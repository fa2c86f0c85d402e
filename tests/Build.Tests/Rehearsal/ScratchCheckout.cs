using Pipeline.Processes;
using TestSupport;

namespace Build.Tests.Rehearsal;

/// <summary>
/// This checkout as it is now, copied into a temporary repository of its own (the build reads its branch and
/// commit), with the host compiled from this checkout, so a test can edit a file and run ./build.sh there.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class ScratchCheckout : IDisposable
{
    private ScratchCheckout(string path) => Path = path;

    public string Path { get; }

    public static async Task<ScratchCheckout> CopyAsync(string branch)
    {
        Assert.That(File.Exists(HostRun.HostDll), $"{HostRun.HostDll} is missing: run ./build.sh once first.");
        var scratch = new ScratchCheckout(Directory.CreateTempSubdirectory("scratch-checkout-").FullName);
        var files = await GitAsync(Repository.Root, "ls-files", "-z", "--cached", "--others", "--exclude-standard");
        foreach (var relative in files.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = System.IO.Path.Combine(Repository.Root, relative);
            if (File.Exists(source))
            {
                var target = System.IO.Path.Combine(scratch.Path, relative);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(source, target);
                File.SetUnixFileMode(target, File.GetUnixFileMode(source));
            }
        }

        await GitAsync(scratch.Path, "init", "-q", "-b", branch);
        await GitAsync(scratch.Path, "add", "-A");
        await GitAsync(scratch.Path, "commit", "-q", "-m", "Checkout under test");
        return scratch;
    }

    /// <summary>Replaces <paramref name="from"/> in a file, which must hold it, and commits the change.</summary>
    public async Task EditAsync(string relative, string from, string to, string message)
    {
        var file = System.IO.Path.Combine(Path, relative);
        var text = await File.ReadAllTextAsync(file);
        Assert.That(text, Does.Contain(from), $"{relative} no longer holds the text this test edits: update the test.");
        await File.WriteAllTextAsync(file, text.Replace(from, to, StringComparison.Ordinal));
        await GitAsync(Path, "commit", "-q", "-am", message);
    }

    /// <summary>./build.sh with the prebuilt host, made newer than every source so build.sh starts it as it is.</summary>
    public Task<ProcessResult> BuildShAsync(params string[] arguments)
    {
        var host = System.IO.Path.Combine(Path, "artifacts", "build-host");
        var built = System.IO.Path.GetDirectoryName(HostRun.HostDll)!;
        foreach (var file in Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(host, System.IO.Path.GetRelativePath(built, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        File.SetLastWriteTimeUtc(System.IO.Path.Combine(host, "Build.dll"), DateTime.UtcNow.AddMinutes(1));
        return new ProcessRunner().RunAsync(new ProcessSpec(System.IO.Path.Combine(Path, "build.sh"), arguments)
        {
            WorkingDirectory = Path,
            Environment = HostRun.RehearsalEnvironment(),
            Timeout = TimeSpan.FromMinutes(20),
        });
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static async Task<string> GitAsync(string folder, params string[] arguments)
    {
        var result = await new ProcessRunner().RunAsync(new ProcessSpec("git", arguments)
        {
            WorkingDirectory = folder,
            Environment = new Dictionary<string, string?>
            {
                ["GIT_AUTHOR_NAME"] = "test", ["GIT_AUTHOR_EMAIL"] = "test@example.com",
                ["GIT_COMMITTER_NAME"] = "test", ["GIT_COMMITTER_EMAIL"] = "test@example.com",
            },
        });
        Assert.That(result.Succeeded, $"git {string.Join(' ', arguments)} failed: {result.StandardError}");
        return result.StandardOutput;
    }
}

using System.Runtime.Versioning;
using Pipeline.Processes;

namespace Build.Tests.Robustness;

/// <summary>
/// An artifacts/ folder the build cannot write to. Root ignores permission bits, so as root the folder is made
/// immutable with chattr +i (needs a file system that supports it, e.g. ext4); otherwise it is made read-only.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static class ReadOnlyArtifacts
{
    public static void Make(string root)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "artifacts")).FullName;
        if (Environment.UserName != "root")
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            return;
        }

        var result = Chattr("+i", folder);
        if (result is null || result.ExitCode != 0)
        {
            Assert.Ignore($"Running as root and chattr +i is not available here ({result?.StandardError.Trim() ?? "chattr not on PATH"}).");
        }
    }

    public static void Undo(string root)
    {
        var folder = Path.Combine(root, "artifacts");
        if (!Directory.Exists(folder))
        {
            return;
        }

        if (Environment.UserName == "root")
        {
            Chattr("-i", folder);
        }
        else
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static ProcessResult? Chattr(string change, string folder) =>
        Pipeline.ExecutableLocator.Find("chattr") is null
            ? null
            : new ProcessRunner().RunAsync(new ProcessSpec("chattr", [change, folder]) { Timeout = TimeSpan.FromSeconds(10) }).GetAwaiter().GetResult();
}

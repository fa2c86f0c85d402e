using Cake.Core.IO;

namespace Cake.Terraform.Tests.Fakes;

/// <summary>
/// A fake context whose "terraform" is an empty file in a temp directory, so no real process ever starts.
/// It leaves Cake's working directory alone: setting it changes the test process's current directory.
/// </summary>
public sealed class FakeHarness : IDisposable
{
    public FakeHarness()
    {
        Directory.CreateDirectory(Root);
        var tool = System.IO.Path.Combine(Root, "terraform");
        File.WriteAllText(tool, string.Empty);
        Locator = new FakeToolLocator(new FilePath(tool));
        Context = FakeCakeContext.Around(Runner, Locator, Log);
    }

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tfcake-unit-" + Guid.NewGuid().ToString("N"));

    public FakeProcessRunner Runner { get; } = new();

    public FakeToolLocator Locator { get; }

    public FakeLog Log { get; } = new();

    public FakeCakeContext Context { get; }

    public string Args => Runner.LastArguments;

    public string SafeArgs => Runner.LastSafeArguments;

    /// <summary>Where Cake resolves a relative path: its working directory, the process's current one.</summary>
    public string Under(string relative) => Context.Environment.WorkingDirectory.CombineWithFilePath(relative).FullPath;

    public string UnderDirectory(string relative) => new DirectoryPath(relative).MakeAbsolute(Context.Environment).FullPath;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

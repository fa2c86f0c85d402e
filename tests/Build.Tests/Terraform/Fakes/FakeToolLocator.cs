using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tests.Terraform.Fakes;

/// <summary>Resolves "terraform" to one fixed file; everything else is unknown.</summary>
public sealed class FakeToolLocator(FilePath terraform) : IToolLocator
{
    public List<string> Asked { get; } = [];

    public void RegisterFile(FilePath path)
    {
    }

    public FilePath? Resolve(string tool)
    {
        Asked.Add(tool);
        return tool is "terraform" or "terraform.exe" ? terraform : null;
    }

    public FilePath? Resolve(IEnumerable<string> toolExeNames) => toolExeNames.Select(Resolve).FirstOrDefault(path => path is not null);
}

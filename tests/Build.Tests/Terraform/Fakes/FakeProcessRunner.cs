using Build.Terraform;
using Cake.Core.IO;

namespace Build.Tests.Terraform.Fakes;

/// <summary>
/// Records every start and answers with a fixed exit code and standard output, which passes through the
/// redirect handler the way Cake's runner does.
/// </summary>
public sealed class FakeProcessRunner : IProcessRunner
{
    public int ExitCode { get; set; }

    public List<string> StandardOutput { get; } = [];

    public List<(FilePath Tool, ProcessSettings Settings)> Starts { get; } = [];

    public ProcessSettings Last => Starts[^1].Settings;

    public string LastArguments => Last.Arguments.Render();

    public string LastSafeArguments => Last.Arguments.RenderSafe();

    public IProcess Start(FilePath filePath, ProcessSettings settings)
    {
        Starts.Add((filePath, settings));
        var handler = settings.RedirectedStandardOutputHandler ?? (line => line);
        var output = settings.RedirectStandardOutput ? StandardOutput.Select(handler).Where(line => line is not null).ToList() : [];
        return new FakeProcess(ExitCode, output);
    }
}

using Cake.Core.IO;

namespace Build.Tests.Terraform.Fakes;

public sealed class FakeProcess(int exitCode, IReadOnlyList<string> standardOutput) : IProcess
{
    public void Dispose()
    {
    }

    public void WaitForExit()
    {
    }

    public bool WaitForExit(int milliseconds) => true;

    public int GetExitCode() => exitCode;

    public IEnumerable<string> GetStandardError() => [];

    public IEnumerable<string> GetStandardOutput() => standardOutput;

    public void Kill()
    {
    }
}

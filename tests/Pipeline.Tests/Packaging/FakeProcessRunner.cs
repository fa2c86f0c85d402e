using Pipeline.Processes;

namespace Pipeline.Tests.Packaging;

internal sealed class FakeProcessRunner(ProcessResult result) : IProcessRunner
{
    public List<ProcessSpec> Calls { get; } = [];

    public Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancel = default)
    {
        Calls.Add(spec);
        return Task.FromResult(result);
    }
}

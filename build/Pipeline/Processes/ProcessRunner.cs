using System.Diagnostics;
using System.Text;

namespace Pipeline.Processes;

/// <summary>Runs a program, collects its output, and kills the whole process tree on timeout or cancel.</summary>
public sealed class ProcessRunner : IProcessRunner
{
    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancel = default)
    {
        var path = ExecutableLocator.Find(spec.FileName) ?? throw new FileNotFoundException(
            $"'{spec.FileName}' was not found on PATH. Install it, or put it on PATH, and run again.", spec.FileName);
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = spec.WorkingDirectory ?? string.Empty,
        };
        foreach (var argument in spec.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data, spec.OnOutput);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data, spec.OnOutput);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(spec.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancel.IsCancellationRequested)
            {
                throw;
            }

            throw new TimeoutException($"'{spec.FileName}' did not finish within {spec.Timeout} and was stopped.");
        }

        // The parameterless wait flushes the asynchronous output readers.
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString(), clock.Elapsed);
    }

    private static void Append(StringBuilder buffer, string? line, Action<string>? onOutput)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }

        onOutput?.Invoke(line);
    }
}

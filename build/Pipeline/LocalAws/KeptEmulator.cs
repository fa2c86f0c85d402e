using System.Diagnostics;
using System.Text.Json;

namespace Pipeline.LocalAws;

/// <summary>
/// A moto_server a run left running (--keep-local-aws), recorded in a file so later local runs reuse it and
/// StopLocalAws stops exactly that process.
/// </summary>
public sealed record KeptEmulator(int ProcessId, Uri Endpoint)
{
    public const string FileName = "emulator.json";

    public static KeptEmulator? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<KeptEmulator>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this) + "\n");
    }

    public static void Forget(string folder) => File.Delete(Path.Combine(folder, FileName));

    /// <summary>The recorded process is alive and its endpoint answers as moto (a reused process id would not).</summary>
    public async Task<bool> IsRunningAsync(CancellationToken cancel = default)
    {
        using var process = Process();
        return process is { HasExited: false } && await MotoServer.AnswersAsync(Endpoint, cancel).ConfigureAwait(false);
    }

    /// <summary>Stops the recorded process and waits for it to end.</summary>
    public void Stop()
    {
        using var process = Process();
        if (process is null || process.HasExited)
        {
            return;
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    private Process? Process()
    {
        try
        {
            return System.Diagnostics.Process.GetProcessById(ProcessId);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

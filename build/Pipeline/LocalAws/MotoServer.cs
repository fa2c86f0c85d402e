using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pipeline.LocalAws;

/// <summary>
/// A moto_server process on a free loopback port: the local AWS the rehearsal and the tests run against.
/// </summary>
public sealed class MotoServer : IDisposable
{
    public const string Executable = "moto_server";
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Process process;
    private bool detached;

    private MotoServer(Process process, Uri endpoint)
    {
        this.process = process;
        Endpoint = endpoint;
    }

    /// <summary>
    /// How a server that is not kept starts on Linux and macOS (/bin/sh -c OwnedScript server args...): it ends with
    /// the process that started it, however that one ends. A killed test host or build closes its end of the pipe on
    /// the shell's standard input; the watcher then stops the server. The shell exits with the server's own code.
    /// </summary>
    public const string OwnedScript =
        "exec 3<&0; \"$0\" \"$@\" </dev/null 3<&- & server=$!; (read -r _ <&3; kill $server 2>/dev/null) & watcher=$!; " +
        "wait $server; code=$?; kill $watcher 2>/dev/null; exit $code";

    public Uri Endpoint { get; }

    public int ProcessId => process.Id;

    /// <summary>Full path of moto_server on PATH, or null when it is not installed.</summary>
    public static string? Find(string executable = Executable) => ExecutableLocator.Find(executable);

    /// <summary>
    /// Starts moto on a free loopback port. With <paramref name="logFile"/> its output goes to that file instead of
    /// this process, so it can outlive this process (see <see cref="Detach"/>); that needs /bin/sh.
    /// </summary>
    /// <param name="recordingFile">Where this server's request recorder writes (default: moto_recording in the working directory, shared by every server started there).</param>
    public static async Task<MotoServer> StartAsync(string? executable = null, string? logFile = null, CancellationToken cancel = default, string? recordingFile = null)
    {
        var path = Find(executable ?? Executable) ?? throw new InvalidOperationException(
            $"'{executable ?? Executable}' was not found on PATH. The local AWS rehearsal needs moto: " +
            "install it (pip install 'moto[server]') or run against real AWS with --aws=real.");
        var port = FreeLoopbackPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var toFile = logFile is not null && !OperatingSystem.IsWindows();
        var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(path) : new ProcessStartInfo("/bin/sh");
        if (toFile)
        {
            // exec keeps one process (its id is moto's); no pipe to this process, so moto lives on if this one ends.
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec \"$0\" \"$@\" </dev/null >>\"$MOTO_LOG_FILE\" 2>&1");
            start.ArgumentList.Add(path);
            start.Environment["MOTO_LOG_FILE"] = logFile;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logFile!))!);
        }
        else if (!OperatingSystem.IsWindows())
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(OwnedScript);
            start.ArgumentList.Add(path);
            start.RedirectStandardInput = true;
        }

        foreach (var argument in new[] { "-H", "127.0.0.1", "-p", port })
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = !toFile;
        start.RedirectStandardError = !toFile;
        start.UseShellExecute = false;
        // moto treats these as real settings; keep the host's own AWS profile out of the emulator.
        start.Environment.Remove("MOTO_ACCOUNT_ID");
        if (recordingFile is not null)
        {
            start.Environment["MOTO_RECORDER_FILEPATH"] = recordingFile;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {path}.");
        if (!toFile)
        {
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        var server = new MotoServer(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(30), cancel).ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    /// <summary>Drops every resource in every account: a clean emulator for the next test.</summary>
    public async Task ResetAsync(CancellationToken cancel = default)
    {
        using var response = await Http.PostAsync(new Uri(Endpoint, "moto-api/reset"), null, cancel).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Environment for child processes (aws CLI, terraform) that must talk to this emulator.</summary>
    public IReadOnlyDictionary<string, string> ChildEnvironment(string region) => new Dictionary<string, string>
    {
        ["AWS_ENDPOINT_URL"] = Endpoint.ToString().TrimEnd('/'),
        ["AWS_ACCESS_KEY_ID"] = LocalAccounts.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = LocalAccounts.SecretAccessKey,
        ["AWS_REGION"] = region,
        ["AWS_DEFAULT_REGION"] = region,
    };

    /// <summary>Leaves the emulator running after this object and this process are gone (started with a log file).</summary>
    public KeptEmulator Detach()
    {
        detached = true;
        return new KeptEmulator(process.Id, Endpoint);
    }

    /// <summary>True when <paramref name="endpoint"/> answers as a moto server.</summary>
    public static async Task<bool> AnswersAsync(Uri endpoint, CancellationToken cancel = default)
    {
        try
        {
            // The dashboard page, not data.json: data.json fails (500) once some resources exist.
            using var response = await Http.GetAsync(new Uri(endpoint, "moto-api/"), cancel).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!detached && !process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"moto_server exited with code {process.ExitCode} before it was ready.");
            }

            if (await AnswersAsync(Endpoint, cancel).ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(100, cancel).ConfigureAwait(false);
        }

        throw new TimeoutException($"moto_server did not answer on {Endpoint} within {timeout.TotalSeconds:0} s.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

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

    private MotoServer(Process process, Uri endpoint)
    {
        this.process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>Full path of moto_server on PATH, or null when it is not installed.</summary>
    public static string? Find(string executable = Executable) => ExecutableLocator.Find(executable);

    /// <param name="recordingFile">Where this server's request recorder writes (default: moto_recording in the working directory, shared by every server started there).</param>
    public static async Task<MotoServer> StartAsync(string? executable = null, CancellationToken cancel = default, string? recordingFile = null)
    {
        var path = Find(executable ?? Executable) ?? throw new InvalidOperationException(
            $"'{executable ?? Executable}' was not found on PATH. The local AWS rehearsal needs moto: " +
            "install it (pip install 'moto[server]') or run against real AWS with --aws=real.");
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(path)
        {
            ArgumentList = { "-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // moto treats these as real settings; keep the host's own AWS profile out of the emulator.
        start.Environment.Remove("MOTO_ACCOUNT_ID");
        if (recordingFile is not null)
        {
            start.Environment["MOTO_RECORDER_FILEPATH"] = recordingFile;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {path}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

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

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
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

            try
            {
                using var response = await Http.GetAsync(new Uri(Endpoint, "moto-api/data.json"), cancel).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
            {
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

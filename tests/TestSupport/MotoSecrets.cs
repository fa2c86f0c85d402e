using System.Runtime.Versioning;
using Pipeline.LocalAws;

namespace TestSupport;

/// <summary>
/// A moto_server of its own that writes down the secret key and session token of every role session it issues
/// (they are random), so a test can look for the very secrets a run obtained. moto's own model dump
/// (/moto-api/data.json) cannot serve: it fails with a 500 once a rehearsal has created its resources.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class MotoSecrets : IDisposable
{
    private const string Recorder = """
        import sys
        import moto.sts.models as sts

        issued = sts.AssumedRole.__init__

        def record(self, *args, **kwargs):
            issued(self, *args, **kwargs)
            with open(LOG, "a") as log:
                log.write(self.secret_access_key + "\n" + self.session_token + "\n")

        sts.AssumedRole.__init__ = record

        from moto.server import main
        sys.exit(main())
        """;

    private readonly string folder;
    private readonly string log;

    private MotoSecrets(string folder, MotoServer server)
    {
        this.folder = folder;
        log = Path.Combine(folder, "issued.txt");
        Server = server;
    }

    public MotoServer Server { get; }

    public static async Task<MotoSecrets> StartAsync()
    {
        LocalTools.Require(MotoServer.Executable);
        LocalTools.Require("python3");
        var folder = Directory.CreateTempSubdirectory("moto-secrets-").FullName;
        var script = Path.Combine(folder, "recording_moto.py");
        var log = Path.Combine(folder, "issued.txt");
        await File.WriteAllTextAsync(script, $"LOG = {System.Text.Json.JsonSerializer.Serialize(log)}\n" + Recorder).ConfigureAwait(false);
        var launcher = Path.Combine(folder, "moto_server");
        await File.WriteAllTextAsync(launcher, $"#!/bin/sh\nexec python3 '{script}' \"$@\"\n").ConfigureAwait(false);
        File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new MotoSecrets(folder, await MotoServer.StartAsync(launcher).ConfigureAwait(false));
    }

    /// <summary>Every secret key and session token issued so far.</summary>
    public IReadOnlyList<string> Issued() =>
        File.Exists(log) ? File.ReadAllLines(log).Where(line => line.Length > 0).ToList() : [];

    public void Dispose()
    {
        Server.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}

using System.Runtime.Versioning;
using Pipeline.Processes;
using TestSupport;

namespace Build.Tests.Rehearsal;

/// <summary>
/// The rehearsal at every verbosity against a moto of the fixture's own that writes down the (random) secrets it
/// issues; those very secrets are then looked for in each run's standard output and error and in every file the
/// run wrote, searched right after that run (the next run rewrites artifacts/).
/// </summary>
[Category("Integration")]
[UnsupportedOSPlatform("windows")]
public class SecretsInLogsTests
{
    private static readonly string[] Verbosities = ["diagnostic", "verbose", "normal", "minimal", "quiet"];
    private readonly Dictionary<string, ProcessResult> runs = [];
    private readonly Dictionary<string, List<string>> filesSearched = [];
    private readonly Dictionary<string, List<string>> foundInFiles = [];
    private IReadOnlyList<string> issued = [];
    private MotoSecrets moto = null!;

    [OneTimeSetUp]
    public async Task RunAtEveryVerbosity()
    {
        LocalTools.Require("terraform");
        LocalTools.Require("cfn-lint");
        moto = await MotoSecrets.StartAsync();
        foreach (var verbosity in Verbosities)
        {
            var run = await HostRun.BuildShAsync([$"--local-aws-endpoint={moto.Server.Endpoint}", $"--verbosity={verbosity}"],
                HostRun.RehearsalEnvironment(), TimeSpan.FromMinutes(15));
            Assert.That(run.ExitCode, Is.Zero, HostRun.Log(run));
            runs[verbosity] = run;
            var files = SecretScan.Files(Path.Combine(RepositoryConfig.Root, "artifacts"), "build-host", "dotnet", "mutation").ToList();
            var issuedSoFar = moto.Issued();
            filesSearched[verbosity] = [.. files.Select(f => f.Path)];
            foundInFiles[verbosity] = [.. files.SelectMany(file => SecretScan.Find(issuedSoFar, file.Path, file.Text))];
        }

        issued = moto.Issued();
    }

    [OneTimeTearDown]
    public void StopMoto() => moto?.Dispose();

    [Test]
    public void Every_run_obtained_role_credentials() =>
        Assert.That(issued, Has.Count.GreaterThanOrEqualTo(2 * Verbosities.Length), "a secret key and a session token per run at least");

    [TestCaseSource(nameof(Verbosities))]
    public void Neither_output_stream_holds_a_secret_the_runs_obtained(string verbosity)
    {
        var run = runs[verbosity];

        var found = SecretScan.Find(issued, $"standard output at {verbosity}", run.StandardOutput)
            .Concat(SecretScan.Find(issued, $"standard error at {verbosity}", run.StandardError));

        Assert.That(found, Is.Empty);
    }

    [TestCaseSource(nameof(Verbosities))]
    public void No_file_the_run_wrote_holds_a_secret(string verbosity)
    {
        Assert.That(filesSearched[verbosity], Has.Some.EndsWith(Path.Combine("deploy", "preprod.json")), "the run's records are among the files searched");
        Assert.That(foundInFiles[verbosity], Is.Empty);
    }
}

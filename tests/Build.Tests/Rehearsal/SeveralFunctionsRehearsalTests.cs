using System.Text.Json;
using Amazon.Lambda;
using Amazon.Lambda.Model;
using Amazon.Runtime;
using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Processes;
using TestSupport;

namespace Build.Tests.Rehearsal;

/// <summary>
/// A team's own service with two functions (tests/Fixtures/Orders: its own pipeline.json, project, template and
/// sample events) goes through the same targets with no edit in build/: `./build.sh --config=...` smoke-tests both
/// handlers from the one zip, deploys both functions and puts both aliases on version 1; run again, it uploads 0
/// bytes, changes no stack and publishes no version of either.
/// </summary>
[Category("Integration")]
[Platform(Exclude = "Win", Reason = "runs ./build.sh")]
[NonParallelizable]
public class SeveralFunctionsRehearsalTests
{
    private const string Config = "--config=tests/Fixtures/Orders/pipeline.json";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private static readonly BuildPaths Paths = new(RepositoryConfig.Root);
    private static readonly string[] Functions = ["orders-preprod-api", "orders-preprod-worker"];
    private KeptEmulator? kept;
    private ProcessResult first = null!;
    private JsonElement firstRecord;

    [OneTimeSetUp]
    public async Task DeployTheFixtureService()
    {
        LocalTools.Require("terraform");
        LocalTools.Require("cfn-lint");
        LocalTools.Require(MotoServer.Executable);
        var stop = await HostRun.BuildShAsync([Config, "--target=StopLocalAws"], HostRun.RehearsalEnvironment(), Timeout);
        Assert.That(stop.ExitCode, Is.Zero, HostRun.Log(stop));
        first = await HostRun.BuildShAsync([Config, "--keep-local-aws"], HostRun.RehearsalEnvironment(), Timeout);
        kept = KeptEmulator.Read(Paths.LocalAws);
        Assert.That(first.ExitCode, Is.Zero, HostRun.Log(first));
        firstRecord = DeployRecord();
    }

    [OneTimeTearDown]
    public async Task StopTheEmulator()
    {
        var stop = await HostRun.BuildShAsync([Config, "--target=StopLocalAws"], HostRun.RehearsalEnvironment(), Timeout);
        Assert.That(stop.ExitCode, Is.Zero, HostRun.Log(stop));
    }

    [Test]
    public async Task Both_handlers_are_smoke_tested_from_the_one_zip_and_both_aliases_serve_version_1()
    {
        var log = HostRun.Log(first);
        Assert.That(log, Does.Contain("Smoke test: Orders::Orders.Api::HandleAsync").And.Contain("\"statusCode\":200"));
        Assert.That(log, Does.Contain("Smoke test: Orders::Orders.Worker::HandleAsync").And.Contain("batchItemFailures"));
        Assert.That(log, Does.Match(@"\nFunction Api\s+arn:aws:lambda:eu-west-1:222222222222:function:orders-preprod-api\n"));
        var release = firstRecord.GetProperty("release");
        Assert.That(release.GetProperty("status").GetString(), Is.EqualTo("FirstRelease"));
        foreach (var name in new[] { "Api", "Worker" })
        {
            Assert.That(release.GetProperty("functions").GetProperty(name).GetProperty("version").GetString(), Is.EqualTo("1"), name);
        }

        using var lambda = await RuntimeLambdaAsync();
        foreach (var function in Functions)
        {
            var alias = await lambda.GetAliasAsync(new GetAliasRequest { FunctionName = function, Name = "live" });
            Assert.That((alias.FunctionVersion, alias.RoutingConfig?.AdditionalVersionWeights ?? []), Is.EqualTo(("1", new Dictionary<string, double>())), function);
        }
    }

    [Test]
    public async Task An_unchanged_redeploy_uploads_nothing_changes_no_stack_and_publishes_no_version()
    {
        var again = await HostRun.BuildShAsync([Config], HostRun.RehearsalEnvironment(), Timeout);
        var log = HostRun.Log(again);
        Assert.That(again.ExitCode, Is.Zero, log);
        Assert.That(log, Does.Contain("0 bytes uploaded"));
        var record = DeployRecord();
        Assert.That(record.GetProperty("status").GetString(), Is.EqualTo("NoChanges"));
        Assert.That(record.GetProperty("release").GetProperty("status").GetString(), Is.EqualTo("Unchanged"));
        Assert.That(record.GetProperty("release").GetProperty("versionPublished").GetBoolean(), Is.False);

        using var lambda = await RuntimeLambdaAsync();
        foreach (var function in Functions)
        {
            var versions = await lambda.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = function });
            Assert.That(versions.Versions!.Select(v => v.Version), Is.EqualTo(new[] { "$LATEST", "1" }), function);
        }
    }

    private static JsonElement DeployRecord() => JsonDocument.Parse(File.ReadAllText(Paths.DeployRecord("preprod"))).RootElement;

    private async Task<AmazonLambdaClient> RuntimeLambdaAsync()
    {
        Assert.That(kept, Is.Not.Null, "--keep-local-aws must record the emulator it kept");
        var target = new AwsTarget(LocalAccounts.Region, kept!.Endpoint);
        var clients = new AwsClientFactory(target, new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey));
        var assumed = await new RoleAssumer(clients).AssumeAsync(new RoleAssumption($"arn:aws:iam::{LocalAccounts.Runtime}:role/test-reader", "functions-test"));
        return new AmazonLambdaClient(assumed.Credentials, target.Configure(new AmazonLambdaConfig()));
    }
}

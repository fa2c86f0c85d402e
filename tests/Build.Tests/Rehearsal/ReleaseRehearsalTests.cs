using System.Runtime.Versioning;
using System.Text.Json;
using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Amazon.CloudWatch;
using Amazon.CloudWatch.Model;
using Amazon.Lambda;
using Amazon.Lambda.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Processes;
using TestSupport;

namespace Build.Tests.Rehearsal;

/// <summary>
/// Releases through ./build.sh on one emulator and one scratch copy of the service, with preprod set to a short
/// canary: a first deploy, an unchanged redeploy (nothing published), changed code whose canary meets a forced
/// errors alarm (rolled back, run fails), then the same code again once the alarm is quiet (the canary completes).
/// </summary>
[Category("Integration")]
[UnsupportedOSPlatform("windows")]
[NonParallelizable]
public class ReleaseRehearsalTests
{
    private const string Function = "greeter-preprod";
    private const string ErrorsAlarm = "greeter-preprod-errors";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private static readonly BuildPaths Paths = new(RepositoryConfig.Root);

    private MotoServer moto = null!;
    private AwsTarget target = null!;
    private string scratch = null!;
    private string configFile = null!;
    private ProcessResult first = null!;
    private ProcessResult unchanged = null!;
    private ProcessResult rolledBack = null!;
    private ProcessResult completed = null!;
    private JsonElement firstRecord;
    private JsonElement unchangedRecord;
    private JsonElement rolledBackRecord;
    private JsonElement completedRecord;
    private GetAliasResponse aliasAfterFirst = null!;
    private GetAliasResponse aliasAfterUnchanged = null!;
    private GetAliasResponse aliasAfterRollback = null!;
    private GetAliasResponse aliasAfterCompleted = null!;
    private List<string> versionsAfterFirst = null!;
    private List<string> versionsAfterUnchanged = null!;
    private string stackAfterRollback = null!;
    private string latestCodeAfterRollback = null!;

    [OneTimeSetUp]
    public async Task ReleaseFourTimes()
    {
        LocalTools.Require("terraform");
        LocalTools.Require("cfn-lint");
        moto = await Moto.FreshAsync();
        target = new AwsTarget(LocalAccounts.Region, moto.Endpoint);
        scratch = Directory.CreateTempSubdirectory("release-rehearsal-").FullName;
        configFile = ScratchService.Create(scratch);

        first = await RunAsync();
        Assert.That(first.ExitCode, Is.Zero, HostRun.Log(first));
        firstRecord = DeployRecord();
        using (var lambda = await LambdaAsync())
        {
            aliasAfterFirst = await AliasAsync(lambda);
            versionsAfterFirst = await VersionsAsync(lambda);
        }

        unchanged = await RunAsync();
        unchangedRecord = DeployRecord();
        using (var lambda = await LambdaAsync())
        {
            aliasAfterUnchanged = await AliasAsync(lambda);
            versionsAfterUnchanged = await VersionsAsync(lambda);
        }

        ScratchService.ChangeCode(scratch);
        rolledBack = await RunForcingTheAlarmDuringTheCanaryAsync();
        rolledBackRecord = DeployRecord();
        using (var lambda = await LambdaAsync())
        {
            aliasAfterRollback = await AliasAsync(lambda);
            latestCodeAfterRollback = (await lambda.GetFunctionConfigurationAsync(new GetFunctionConfigurationRequest { FunctionName = Function })).CodeSha256!;
        }

        using (var cloudFormation = new AmazonCloudFormationClient(await RuntimeCredentialsAsync(), target.Configure(new AmazonCloudFormationConfig())))
        {
            stackAfterRollback = (await cloudFormation.DescribeStacksAsync(new DescribeStacksRequest { StackName = Function })).Stacks!.Single().StackStatus!.Value;
        }

        await SetErrorsAlarmAsync(StateValue.OK, "The errors stopped.", null);
        completed = await RunAsync();
        completedRecord = DeployRecord();
        using (var lambda = await LambdaAsync())
        {
            aliasAfterCompleted = await AliasAsync(lambda);
        }
    }

    [OneTimeTearDown]
    public void DeleteScratch() => Directory.Delete(scratch, recursive: true);

    [Test]
    public void The_first_deploy_creates_the_alias_on_version_1()
    {
        Assert.That(Release(firstRecord).GetProperty("status").GetString(), Is.EqualTo("FirstRelease"));
        Assert.That(aliasAfterFirst.FunctionVersion, Is.EqualTo("1"));
        Assert.That(versionsAfterFirst, Is.EqualTo(new[] { "$LATEST", "1" }));
    }

    [Test]
    public void An_unchanged_redeploy_uploads_nothing_updates_no_stack_and_publishes_no_version()
    {
        var log = HostRun.Log(unchanged);
        Assert.That(unchanged.ExitCode, Is.Zero, log);
        Assert.That(log, Does.Match(@"\nUploaded\s+0 of [\d,]+ bytes"));
        Assert.That(log, Does.Contain("Version 1 of greeter-preprod already holds this code: nothing published."));
        Assert.That(unchangedRecord.GetProperty("status").GetString(), Is.EqualTo("NoChanges"), "no stack update");
        var release = Release(unchangedRecord);
        Assert.That(release.GetProperty("status").GetString(), Is.EqualTo("Unchanged"));
        Assert.That(release.GetProperty("versionPublished").GetBoolean(), Is.False);
        Assert.That(versionsAfterUnchanged, Is.EqualTo(versionsAfterFirst), "no new version");
        Assert.That((aliasAfterUnchanged.FunctionVersion, aliasAfterUnchanged.RevisionId), Is.EqualTo((aliasAfterFirst.FunctionVersion, aliasAfterFirst.RevisionId)),
            "the alias is not touched");
    }

    [Test]
    public void An_alarm_during_the_canary_fails_the_run_and_says_which_alarm_what_value_and_which_version_serves()
    {
        var log = HostRun.Log(rolledBack);
        Assert.That(rolledBack.ExitCode, Is.Not.Zero, log);
        Assert.That(log, Does.Contain("Published version 2 of greeter-preprod."));
        Assert.That(log, Does.Contain("Post-deploy check: the local emulator has no Lambda runtime").And.Contain("so version 2 is not invoked here; the package smoke test before upload stands in."));
        Assert.That(log, Does.Contain("10% -> version 2, 90% -> version 1"));
        Assert.That(log, Does.Contain($"Alarm {ErrorsAlarm} at 4.0 (Threshold Crossed").And.Contain("alias 'live' is back on version 1 alone"));
        Assert.That(log, Does.Contain($"Rolled back: alarm {ErrorsAlarm} at 4.0").And.Contain("alias 'live' serves version 1 again"));
    }

    [Test]
    public void After_the_rollback_the_alias_routes_everything_to_the_old_version_and_the_record_says_so()
    {
        Assert.That(aliasAfterRollback.FunctionVersion, Is.EqualTo("1"));
        Assert.That(aliasAfterRollback.RoutingConfig?.AdditionalVersionWeights ?? [], Is.Empty);
        var release = Release(rolledBackRecord);
        Assert.That(release.GetProperty("status").GetString(), Is.EqualTo("RolledBack"));
        Assert.That(release.GetProperty("version").GetString(), Is.EqualTo("1"));
        Assert.That(release.GetProperty("newVersion").GetString(), Is.EqualTo("2"));
        Assert.That(release.GetProperty("weights").ToString(), Is.EqualTo("""{"1":100}""").IgnoreWhiteSpace);
        Assert.That(release.GetProperty("alarm").GetProperty("name").GetString(), Is.EqualTo(ErrorsAlarm));
        Assert.That(release.GetProperty("alarm").GetProperty("value").GetString(), Is.EqualTo("4.0"));
    }

    [Test]
    public async Task After_the_rollback_the_stack_is_stable_and_the_artifact_store_holds_what_the_function_runs()
    {
        Assert.That(stackAfterRollback, Is.EqualTo("UPDATE_COMPLETE"));
        var sha256 = rolledBackRecord.GetProperty("sha256").GetString()!;
        Assert.That(latestCodeAfterRollback, Is.EqualTo(Convert.ToBase64String(Convert.FromHexString(sha256))), "$LATEST runs the recorded package");
        var artifact = rolledBackRecord.GetProperty("artifact").GetString()!.Replace("s3://", string.Empty, StringComparison.Ordinal).Split('/', 2);
        var infrastructure = await new RoleAssumer(new AwsClientFactory(target, Keys())).AssumeAsync(
            new RoleAssumption($"arn:aws:iam::{LocalAccounts.Infrastructure}:role/test-reader", "release-rehearsal"));
        using var s3 = new AmazonS3Client(infrastructure.Credentials, target.Configure(new AmazonS3Config()));
        var head = await s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = artifact[0], Key = artifact[1] });
        Assert.That(head.Metadata["sha256"], Is.EqualTo(sha256));
        Assert.That(head.ServerSideEncryptionMethod, Is.EqualTo(ServerSideEncryptionMethod.AWSKMS));
    }

    [Test]
    public void Once_the_alarm_is_quiet_the_same_code_completes_its_canary()
    {
        var log = HostRun.Log(completed);
        Assert.That(completed.ExitCode, Is.Zero, log);
        Assert.That(log, Does.Contain("Version 2 of greeter-preprod already holds this code: nothing published."));
        Assert.That(log, Does.Contain("alarms quiet;").And.Contain("100% -> version 2; version 1 stays published for a rollback."));
        Assert.That(aliasAfterCompleted.FunctionVersion, Is.EqualTo("2"));
        Assert.That(aliasAfterCompleted.RoutingConfig?.AdditionalVersionWeights ?? [], Is.Empty);
        var release = Release(completedRecord);
        Assert.That(release.GetProperty("status").GetString(), Is.EqualTo("Completed"));
        Assert.That(release.GetProperty("version").GetString(), Is.EqualTo("2"));
        Assert.That(release.GetProperty("previousVersion").GetString(), Is.EqualTo("1"));
        Assert.That(release.GetProperty("weights").ToString(), Is.EqualTo("""{"2":100}""").IgnoreWhiteSpace);
    }

    private Task<ProcessResult> RunAsync() =>
        HostRun.BuildShAsync([$"--local-aws-endpoint={moto.Endpoint}", $"--config={configFile}"], HostRun.RehearsalEnvironment(), Timeout);

    /// <summary>Watches the alias while the build runs; once the canary's share is routed, the errors alarm fires.</summary>
    private async Task<ProcessResult> RunForcingTheAlarmDuringTheCanaryAsync()
    {
        var run = RunAsync();
        using var lambda = await LambdaAsync();
        var forced = false;
        while (!run.IsCompleted && !forced)
        {
            var alias = await AliasAsync(lambda);
            if ((alias.RoutingConfig?.AdditionalVersionWeights ?? []).Count > 0)
            {
                await SetErrorsAlarmAsync(StateValue.ALARM,
                    "Threshold Crossed: 1 datapoint [4.0] was greater than or equal to the threshold (1.0).",
                    """{"version":"1.0","recentDatapoints":[4.0],"threshold":1.0}""");
                forced = true;
            }
            else
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }

        var result = await run;
        Assert.That(forced, Is.True, "the canary never routed a share to the new version:\n" + HostRun.Log(result));
        return result;
    }

    private async Task SetErrorsAlarmAsync(StateValue state, string reason, string? data)
    {
        using var cloudWatch = new AmazonCloudWatchClient(await RuntimeCredentialsAsync(), Configure(new AmazonCloudWatchConfig()));
        await cloudWatch.SetAlarmStateAsync(new SetAlarmStateRequest { AlarmName = ErrorsAlarm, StateValue = state, StateReason = reason, StateReasonData = data });
    }

    private async Task<AmazonLambdaClient> LambdaAsync() => new(await RuntimeCredentialsAsync(), Configure(new AmazonLambdaConfig()));

    private static Task<GetAliasResponse> AliasAsync(IAmazonLambda lambda) =>
        lambda.GetAliasAsync(new GetAliasRequest { FunctionName = Function, Name = "live" });

    private static async Task<List<string>> VersionsAsync(IAmazonLambda lambda) =>
        (await lambda.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = Function })).Versions!.Select(v => v.Version!).ToList();

    private async Task<AWSCredentials> RuntimeCredentialsAsync()
    {
        var assumed = await new RoleAssumer(new AwsClientFactory(target, Keys())).AssumeAsync(
            new RoleAssumption($"arn:aws:iam::{LocalAccounts.Runtime}:role/test-reader", "release-rehearsal"));
        return assumed.Credentials;
    }

    private T Configure<T>(T config)
        where T : ClientConfig
    {
        config.ServiceURL = moto.Endpoint.ToString();
        config.AuthenticationRegion = LocalAccounts.Region;
        return config;
    }

    private static JsonElement DeployRecord() => JsonDocument.Parse(File.ReadAllText(Paths.DeployRecord("preprod"))).RootElement;

    private static JsonElement Release(JsonElement record) => record.GetProperty("release");

    private static BasicAWSCredentials Keys() => new(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey);
}

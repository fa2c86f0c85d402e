using System.Text.Json;
using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Processes;
using TestSupport;

namespace Build.Tests.Rehearsal;

/// <summary>
/// The README's main job, end to end, as written: `./build.sh --keep-local-aws` starts and keeps its own emulator,
/// the resources are checked in each account, a plain `./build.sh` after it reuses that emulator and changes
/// nothing, and `./build.sh --target=StopLocalAws` stops exactly that process.
/// </summary>
[Category("Integration")]
[Platform(Exclude = "Win", Reason = "runs ./build.sh")]
[NonParallelizable]
public class LocalRehearsalTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private static readonly BuildPaths Paths = new(RepositoryConfig.Root);
    private KeptEmulator kept = null!;
    private ProcessResult first = null!;
    private AwsTarget target = null!;
    private JsonElement preprodRecord;

    [OneTimeSetUp]
    public async Task RunTheRehearsal()
    {
        LocalTools.Require("terraform");
        LocalTools.Require("cfn-lint");
        LocalTools.Require(MotoServer.Executable);
        var stop = await HostRun.BuildShAsync(["--target=StopLocalAws"], HostRun.RehearsalEnvironment(), Timeout);
        Assert.That(stop.ExitCode, Is.Zero, HostRun.Log(stop));
        first = await HostRun.BuildShAsync(["--keep-local-aws", "--verbosity=diagnostic"], HostRun.RehearsalEnvironment(), Timeout);
        kept = KeptEmulator.Read(Paths.LocalAws)!;
        Assert.That(first.ExitCode, Is.Zero, HostRun.Log(first));
        Assert.That(kept, Is.Not.Null, "--keep-local-aws must record the emulator it kept");
        target = new AwsTarget(LocalAccounts.Region, kept.Endpoint);
        preprodRecord = DeployRecord();
    }

    [OneTimeTearDown]
    public async Task StopTheKeptEmulator()
    {
        var stop = await HostRun.BuildShAsync(["--target=StopLocalAws"], HostRun.RehearsalEnvironment(), Timeout);
        Assert.That(stop.ExitCode, Is.Zero, HostRun.Log(stop));
        if (kept is not null)
        {
            Assert.That(HostRun.Log(stop), Does.Contain($"Stopped the local AWS emulator at {kept.Endpoint} (moto_server, pid {kept.ProcessId})"));
            Assert.That(await kept.IsRunningAsync(), Is.False, "StopLocalAws must stop the kept process");
            Assert.That(KeptEmulator.Read(Paths.LocalAws), Is.Null);
        }
    }

    [Test]
    public async Task The_kept_emulator_is_named_exactly_and_still_answers()
    {
        var log = HostRun.Log(first);
        Assert.That(log, Does.Contain($"Local AWS left running at {kept.Endpoint} (moto_server, pid {kept.ProcessId})"));
        Assert.That(log, Does.Contain("Stop it with: ./build.sh --target=StopLocalAws").And.Not.Contain("pkill"));
        Assert.That(await kept.IsRunningAsync(), Is.True);
    }

    [Test]
    public void The_summary_keeps_each_ARN_and_URI_on_one_line_and_names_the_deploy_record()
    {
        var lines = HostRun.Log(first).Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        Assert.That(lines, Has.Some.Match(@"^Function\s+arn:aws:lambda:eu-west-1:222222222222:function:greeter-preprod$"));
        Assert.That(lines, Has.Some.Match(@"^Object\s+s3://greeter-preprod-artifacts-\S+/\S+\.zip$"));
        Assert.That(lines, Has.Some.Match(@"^KMS key\s+arn:aws:kms:eu-west-1:111111111111:key/\S+$"));
        Assert.That(lines, Has.Some.Match(@"^Deploy record\s+artifacts/deploy/preprod\.json$"));
        Assert.That(lines, Has.Some.Match(@"^Emulator\s+http://127\.0\.0\.1:\d+/ \(moto_server pid \d+, kept: ./build.sh --target=StopLocalAws stops it\)$"));
    }

    [Test]
    public async Task The_artifact_is_in_the_infrastructure_account_encrypted_with_its_key()
    {
        var record = preprodRecord;
        using var s3 = new AmazonS3Client(Keys(), target.Configure(new AmazonS3Config()));
        var bucket = record.GetProperty("artifact").GetString()!.Replace("s3://", string.Empty, StringComparison.Ordinal).Split('/', 2);
        var head = await s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket[0], Key = bucket[1] });
        Assert.That(head.ServerSideEncryptionMethod, Is.EqualTo(ServerSideEncryptionMethod.AWSKMS));
        Assert.That(head.ServerSideEncryptionKeyManagementServiceKeyId, Does.Contain($":{LocalAccounts.Infrastructure}:key/"));
        var encryption = await s3.GetBucketEncryptionAsync(new GetBucketEncryptionRequest { BucketName = bucket[0] });
        Assert.That(encryption.ServerSideEncryptionConfiguration.ServerSideEncryptionRules[0].ServerSideEncryptionByDefault.ServerSideEncryptionAlgorithm,
            Is.EqualTo(ServerSideEncryptionMethod.AWSKMS));
    }

    [Test]
    public async Task The_stack_and_function_are_in_the_runtime_account_only()
    {
        using var runtime = CloudFormation(await RuntimeKeys());
        var stacks = await runtime.DescribeStacksAsync(new DescribeStacksRequest { StackName = "greeter-preprod" });
        Assert.That(stacks.Stacks!.Single().StackStatus!.Value, Is.EqualTo("CREATE_COMPLETE"));
        Assert.That(stacks.Stacks!.Single().StackId, Does.Contain($":{LocalAccounts.Runtime}:stack/"));

        using var infrastructure = CloudFormation(Keys());
        var none = await infrastructure.DescribeStacksAsync(new DescribeStacksRequest());
        Assert.That(none.Stacks ?? [], Is.Empty, "nothing is deployed in the infrastructure account");

        var function = await new ProcessRunner().RunAsync(new ProcessSpec("aws",
            ["lambda", "get-function", "--function-name", "greeter-preprod", "--region", LocalAccounts.Region, "--endpoint-url", kept.Endpoint.ToString()])
        {
            Environment = AssumedEnvironment(await RuntimeKeys()),
        });
        Assert.That(function.ExitCode, Is.Zero, function.StandardError);
        Assert.That(function.StandardOutput, Does.Contain($"arn:aws:lambda:{LocalAccounts.Region}:{LocalAccounts.Runtime}:function:greeter-preprod"));
    }

    [Test]
    public void The_first_release_smoke_tests_the_package_and_creates_the_alias_on_version_1()
    {
        var log = HostRun.Log(first);
        Assert.That(log, Does.Contain("Smoke test: Service::Service.Function::HandleAsync").And.Contain("statusCode"));
        Assert.That(log, Does.Contain("the local emulator has no Lambda runtime"));
        var release = preprodRecord.GetProperty("release");
        Assert.That(release.GetProperty("status").GetString(), Is.EqualTo("FirstRelease"));
        Assert.That(release.GetProperty("version").GetString(), Is.EqualTo("1"));
        Assert.That(release.GetProperty("weights").GetProperty("1").GetInt32(), Is.EqualTo(100));
    }

    [Test]
    public void The_log_shows_identities_but_no_secret()
    {
        var log = HostRun.Log(first);
        Assert.That(log, Does.Contain($"arn:aws:sts::{LocalAccounts.Runtime}:assumed-role/"));
        Assert.That(log, Does.Not.Contain("FQoGZXIvYXdzEBYaD"), "an STS session token was printed");
        Assert.That(log, Does.Not.Contain("SecretAccessKey").And.Not.Contain("aws_secret_access_key"));
    }

    [Test]
    public async Task Run_it_twice_the_second_plain_run_uploads_nothing_and_changes_no_stack()
    {
        var again = await HostRun.BuildShAsync([], HostRun.RehearsalEnvironment(), Timeout);
        var log = HostRun.Log(again);
        Assert.That(again.ExitCode, Is.Zero, log);
        Assert.That(log, Does.Contain($"Reusing the emulator an earlier run kept (pid {kept.ProcessId})"));
        Assert.That(log, Does.Contain("0 bytes uploaded"));
        Assert.That(log, Does.Match(@"\nUploaded\s+0 of [\d,]+ bytes"));
        Assert.That(DeployRecord().GetProperty("status").GetString(), Is.EqualTo("NoChanges"));
        var release = DeployRecord().GetProperty("release");
        Assert.That(release.GetProperty("status").GetString(), Is.EqualTo("Unchanged"));
        Assert.That(release.GetProperty("versionPublished").GetBoolean(), Is.False, "an unchanged redeploy publishes no version");
        Assert.That(release.GetProperty("version").GetString(), Is.EqualTo(preprodRecord.GetProperty("release").GetProperty("version").GetString()));
        Assert.That(await kept.IsRunningAsync(), Is.True, "a reused emulator stays running");
        Assert.That(log, Does.Match(@"Bootstrap apply skipped: .* as the green apply of run \S+ at .* left them"));
        Assert.That(log, Does.Contain("Terraform drift: none in preprod."), "attributes nothing in infra/ sets differ after a first apply; they are not drift");
    }

    [Test]
    public async Task Reset_the_emulator_and_the_next_run_bootstraps_and_deploys_it_again()
    {
        using (var http = new HttpClient())
        {
            using var reset = await http.PostAsync(new Uri(kept.Endpoint, "moto-api/reset"), null);
            reset.EnsureSuccessStatusCode();
        }

        var again = await HostRun.BuildShAsync([], HostRun.RehearsalEnvironment(), Timeout);
        var log = HostRun.Log(again);
        Assert.That(again.ExitCode, Is.Zero, log);
        Assert.That(log, Does.Not.Contain("Bootstrap apply skipped"), "a reset emulator holds nothing the last apply made");
        Assert.That(log, Does.Match(@"terraform init of infra/bootstrap skipped: .* as the init of run \S+ at .* left them"), "init reads no emulator state");
        Assert.That(log, Does.Match(@"Terraform state bucket s3://\S+ created: "));
        Assert.That(DeployRecord().GetProperty("status").GetString(), Is.Not.EqualTo("NoChanges"));
    }

    [Test]
    public async Task Prod_proves_by_content_that_it_ships_what_preprod_runs()
    {
        var preprod = preprodRecord;
        var prod = await HostRun.BuildShAsync(["--target=DeployProd", "--branch=master"], HostRun.RehearsalEnvironment(), Timeout);
        Assert.That(prod.ExitCode, Is.Zero, HostRun.Log(prod));
        Assert.That(HostRun.Log(prod), Does.Contain("Promoted by content"));
        var record = DeployRecord("prod");
        Assert.That(record.GetProperty("promotedFrom").GetString(), Is.EqualTo("preprod"));
        // The same bytes when the version stamps agree (as here, one commit); the same source tree when they differ.
        Assert.That(HostRun.Log(prod), Does.Contain("Promoted by content").And.Contain(preprod.GetProperty("sha256").GetString()!));
        Assert.That(record.GetProperty("artifact").GetString(), Does.StartWith("s3://greeter-prod-artifacts-"));
    }

    private static JsonElement DeployRecord(string environment = "preprod") =>
        JsonDocument.Parse(File.ReadAllText(Paths.DeployRecord(environment))).RootElement;

    private static BasicAWSCredentials Keys() => new(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey);

    private async Task<ImmutableCredentials> RuntimeKeys()
    {
        var clients = new AwsClientFactory(target, Keys());
        var assumed = await new RoleAssumer(clients).AssumeAsync(new RoleAssumption($"arn:aws:iam::{LocalAccounts.Runtime}:role/test-reader", "rehearsal-test"));
        return await assumed.Credentials.GetCredentialsAsync();
    }

    private AmazonCloudFormationClient CloudFormation(AWSCredentials credentials) =>
        new(credentials, target.Configure(new AmazonCloudFormationConfig()));

    private AmazonCloudFormationClient CloudFormation(ImmutableCredentials keys) =>
        CloudFormation(new SessionAWSCredentials(keys.AccessKey, keys.SecretKey, keys.Token));

    private static Dictionary<string, string?> AssumedEnvironment(ImmutableCredentials keys) => new()
    {
        ["AWS_ACCESS_KEY_ID"] = keys.AccessKey,
        ["AWS_SECRET_ACCESS_KEY"] = keys.SecretKey,
        ["AWS_SESSION_TOKEN"] = keys.Token,
        ["AWS_CONFIG_FILE"] = "/dev/null",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
    };
}

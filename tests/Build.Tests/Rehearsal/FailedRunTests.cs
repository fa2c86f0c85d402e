using System.Runtime.Versioning;
using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Build.Tests.Robustness;
using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Processes;
using TestSupport;

namespace Build.Tests.Rehearsal;

/// <summary>
/// A first deploy whose checks fail while Terraform applies its additive plan in the background: the run must let
/// the apply finish (never leave the state locked), say what it created, and deploy nothing.
/// </summary>
[Category("Integration")]
[UnsupportedOSPlatform("windows")]
public class FailedRunTests
{
    private MotoServer moto = null!;
    private ProcessResult run = null!;
    private AwsTarget target = null!;
    private string scratch = null!;

    [OneTimeSetUp]
    public async Task RunWithATemplateThatFailsLint()
    {
        LocalTools.Require("terraform");
        LocalTools.Require("cfn-lint");
        moto = await Moto.FreshAsync();
        target = new AwsTarget(LocalAccounts.Region, moto.Endpoint);
        scratch = Directory.CreateTempSubdirectory("failed-run-").FullName;
        BadInputCases.BreakTemplate(scratch);
        var config = ScratchFolder.RepositoryPipeline();
        config["template"] = Path.Combine(scratch, "lambda.yml");
        var configFile = Path.Combine(scratch, "pipeline.json");
        File.WriteAllText(configFile, config.ToJsonString());
        run = await HostRun.BuildShAsync([$"--local-aws-endpoint={moto.Endpoint}", $"--config={configFile}"], HostRun.RehearsalEnvironment(), TimeSpan.FromMinutes(15));
    }

    [OneTimeTearDown]
    public void DeleteScratch() => Directory.Delete(scratch, recursive: true);

    [Test]
    public void The_run_fails_at_the_lint_and_says_what_Terraform_created()
    {
        var log = HostRun.Log(run);
        Assert.That(run.ExitCode, Is.Not.Zero, log);
        Assert.That(log, Does.Contain("cfn-lint found problems in"));
        Assert.That(log, Does.Contain("The plan only adds resources: applying it now"));
        Assert.That(log, Does.Contain("The run failed after Terraform had created new infrastructure"));
        Assert.That(log, Does.Contain("Apply complete!"), "Terraform's held-back output is printed");
    }

    [Test]
    public async Task The_apply_finished_and_released_the_state_lock()
    {
        // The artifact and state buckets live in the infrastructure account; moto's plain keys act in another one.
        var assumed = await new RoleAssumer(new AwsClientFactory(target, Keys())).AssumeAsync(
            new RoleAssumption($"arn:aws:iam::{LocalAccounts.Infrastructure}:role/test-reader", "failed-run-test"));
        using var s3 = new AmazonS3Client(assumed.Credentials, target.Configure(new AmazonS3Config()));
        var buckets = (await s3.ListBucketsAsync(new ListBucketsRequest())).Buckets ?? [];
        Assert.That(buckets.Select(b => b.BucketName), Has.Some.StartsWith("greeter-preprod-artifacts-"));
        var state = buckets.Single(b => b.BucketName.StartsWith("greeter-tfstate-", StringComparison.Ordinal)).BucketName;
        var keys = ((await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = state })).S3Objects ?? []).Select(o => o.Key).ToList();
        Assert.That(keys, Does.Contain("preprod/terraform.tfstate"));
        Assert.That(keys, Has.None.EndsWith(".tflock"));
    }

    [Test]
    public async Task Nothing_was_deployed()
    {
        var clients = new AwsClientFactory(target, Keys());
        var assumed = await new RoleAssumer(clients).AssumeAsync(new RoleAssumption($"arn:aws:iam::{LocalAccounts.Runtime}:role/test-reader", "failed-run-test"));
        using var cloudFormation = new AmazonCloudFormationClient(assumed.Credentials, target.Configure(new AmazonCloudFormationConfig()));
        var stacks = await cloudFormation.DescribeStacksAsync(new DescribeStacksRequest());
        Assert.That((stacks.Stacks ?? []).Select(s => s.StackName), Is.Empty);
    }

    private static BasicAWSCredentials Keys() => new(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey);
}

using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Terraform;
using TestSupport;

namespace Pipeline.Tests.Infra;

/// <summary>
/// Applies the real preprod root against moto across both accounts (the runtime one through assume_role),
/// checks the result with the AWS SDK, plans the CI module on top, and destroys everything again.
/// </summary>
[NonParallelizable]
public class PreprodApplyTests
{
    private static readonly BasicAWSCredentials Keys = new(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey);

    [Test]
    [CancelAfter(900_000)]
    public async Task Preprod_applies_across_both_accounts_plans_ci_and_destroys_cleanly()
    {
        LocalTools.Require("terraform");
        LocalTools.Require("aws");
        var moto = await Moto.FreshAsync();
        var target = new AwsTarget(LocalAccounts.Region, moto.Endpoint);
        var environment = new TerraformEnvironment(
            RepositoryLayout.Root,
            new TerraformEnvironmentSettings("preprod", "demo", LocalAccounts.Infrastructure, LocalAccounts.Runtime, target),
            RepositoryLayout.Scratch("apply"));
        using var s3 = new AmazonS3Client(Keys, target.Configure(new AmazonS3Config()));
        using var kms = new AmazonKeyManagementServiceClient(Keys, target.Configure(new AmazonKeyManagementServiceConfig()));
        using var sts = new AmazonSecurityTokenServiceClient(Keys, target.Configure(new AmazonSecurityTokenServiceConfig()));

        await new TerraformStateBucket(s3).EnsureAsync(environment.StateBucket, LocalAccounts.Region);
        var terraform = new TerraformCli(environment.WorkingDirectory, environment.ProcessEnvironment(TerraformCli.CliConfig()));
        await terraform.SucceedAsync(["init", "-no-color", .. environment.InitArguments]);

        TerraformOutputs outputs;
        try
        {
            await terraform.SucceedAsync(["apply", "-auto-approve", "-no-color", .. environment.VariableArguments]);
            outputs = TerraformOutputs.Parse(await terraform.SucceedAsync("output", "-json", "-no-color"), environment.WorkingDirectory);

            await AssertArtifactStoreAsync(s3, kms, outputs);
            var runtime = await AssertDeployRoleLandsInRuntimeAsync(sts, outputs);
            var cli = new RuntimeAccountCli(moto.Endpoint, LocalAccounts.Region, runtime);
            Assert.That((await cli.GetRoleAsync("demo-preprod-deploy")).ExitCode, Is.Zero, "deploy role exists in the runtime account");
            Assert.That((await cli.GetRoleAsync("demo-preprod-cloudformation")).ExitCode, Is.Zero, "execution role exists in the runtime account");
            await AssertCiPlansWithRealBucketPolicyAsync(terraform, environment);
            Assert.That(await StateObjectsAsync(s3, environment), Does.Contain(environment.StateKey));
        }
        finally
        {
            // The state was written moments ago; skipping the refresh saves a full read of every resource.
            await terraform.SucceedAsync(["destroy", "-auto-approve", "-refresh=false", "-no-color", .. environment.VariableArguments]);
        }

        await AssertNothingLeftAsync(s3, kms, sts, moto, environment, outputs);
    }

    private static async Task AssertArtifactStoreAsync(AmazonS3Client s3, AmazonKeyManagementServiceClient kms, TerraformOutputs outputs)
    {
        Assert.That(outputs.KmsKeyArn, Does.StartWith($"arn:aws:kms:{LocalAccounts.Region}:{LocalAccounts.Infrastructure}:key/"));
        var encryption = await s3.GetBucketEncryptionAsync(new GetBucketEncryptionRequest { BucketName = outputs.ArtifactBucket });
        var rule = encryption.ServerSideEncryptionConfiguration.ServerSideEncryptionRules.Single();
        Assert.That(rule.ServerSideEncryptionByDefault.ServerSideEncryptionAlgorithm.Value, Is.EqualTo("aws:kms"));
        Assert.That(rule.ServerSideEncryptionByDefault.ServerSideEncryptionKeyManagementServiceKeyId, Is.EqualTo(outputs.KmsKeyArn));
        Assert.That(rule.BucketKeyEnabled, Is.True);

        var versioning = await s3.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = outputs.ArtifactBucket });
        Assert.That(versioning.VersioningConfig.Status, Is.EqualTo(VersionStatus.Enabled));
        var block = await s3.GetPublicAccessBlockAsync(new GetPublicAccessBlockRequest { BucketName = outputs.ArtifactBucket });
        Assert.That(block.PublicAccessBlockConfiguration.BlockPublicPolicy, Is.True);
        Assert.That(block.PublicAccessBlockConfiguration.RestrictPublicBuckets, Is.True);
        var lifecycle = await s3.GetLifecycleConfigurationAsync(new GetLifecycleConfigurationRequest { BucketName = outputs.ArtifactBucket });
        Assert.That(lifecycle.Configuration.Rules.Single().NoncurrentVersionExpiration.NoncurrentDays, Is.EqualTo(30));

        var rotation = await kms.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = outputs.KmsKeyArn });
        Assert.That(rotation.KeyRotationEnabled, Is.True);
        var policy = await kms.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = outputs.KmsKeyArn, PolicyName = "default" });
        Assert.That(policy.Policy, Does.Contain(outputs.DeployRoleArn).And.Contain(outputs.CloudFormationRoleArn).And.Contain("kms:Decrypt"));
    }

    private static async Task<ImmutableCredentials> AssertDeployRoleLandsInRuntimeAsync(AmazonSecurityTokenServiceClient sts, TerraformOutputs outputs)
    {
        Assert.That(outputs.DeployRoleArn, Is.EqualTo($"arn:aws:iam::{LocalAccounts.Runtime}:role/demo-preprod-deploy"));
        var assumed = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = outputs.DeployRoleArn, RoleSessionName = "infra-test" });
        var credentials = new ImmutableCredentials(assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey, assumed.Credentials.SessionToken);
        using var asDeploy = new AmazonSecurityTokenServiceClient(credentials.AccessKey, credentials.SecretKey, credentials.Token, sts.Config as AmazonSecurityTokenServiceConfig);
        var identity = await asDeploy.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.That(identity.Account, Is.EqualTo(LocalAccounts.Runtime));
        return credentials;
    }

    private static async Task AssertCiPlansWithRealBucketPolicyAsync(TerraformCli terraform, TerraformEnvironment environment)
    {
        // moto cannot read a pipeline back, so CI is planned, not applied; the plan also renders the real bucket policy.
        await terraform.SucceedAsync(["plan", "-refresh=false", "-no-color", $"-out={environment.PlanFile}", .. environment.VariableArguments, "-var=enable_ci=true", "-var=enforce_bucket_policy_denies=true"]);
        var plan = await terraform.SucceedAsync("show", "-json", "-no-color", environment.PlanFile);
        using var document = System.Text.Json.JsonDocument.Parse(plan);
        var changes = document.RootElement.GetProperty("resource_changes").EnumerateArray().ToList();
        var created = changes.Where(c => c.GetProperty("change").GetProperty("actions").EnumerateArray().Any(a => a.GetString() == "create"))
            .Select(c => c.GetProperty("address").GetString()).ToList();
        Assert.That(created, Does.Contain("module.ci[0].aws_codebuild_project.pull_request")
            .And.Contain("module.ci[0].aws_codebuild_project.push")
            .And.Contain("module.ci[0].aws_codebuild_webhook.push")
            .And.Contain("module.ci[0].aws_codepipeline.deploy"));
        Assert.That(changes.SelectMany(c => c.GetProperty("change").GetProperty("actions").EnumerateArray()).Select(a => a.GetString()), Has.None.EqualTo("delete"));

        var bucketPolicy = changes.Single(c => c.GetProperty("address").GetString() == "module.artifact_store.aws_s3_bucket_policy.artifacts");
        var after = bucketPolicy.GetProperty("change").GetProperty("after").GetProperty("policy").GetString();
        Assert.That(after, Does.Contain("\"DenyInsecureTransport\"").And.Contain("\"DenyUnencryptedObjectUploads\"").And.Contain("\"DenyOtherKmsKeys\""));
    }

    private static async Task AssertNothingLeftAsync(
        AmazonS3Client s3, AmazonKeyManagementServiceClient kms, AmazonSecurityTokenServiceClient sts, MotoServer moto, TerraformEnvironment environment, TerraformOutputs outputs)
    {
        var buckets = await s3.ListBucketsAsync(new ListBucketsRequest());
        Assert.That((buckets.Buckets ?? []).Select(b => b.BucketName), Is.EquivalentTo(new[] { environment.StateBucket }));
        var key = await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = outputs.KmsKeyArn });
        Assert.That(key.KeyMetadata.KeyState, Is.EqualTo(KeyState.PendingDeletion));

        var assumed = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = outputs.DeployRoleArn, RoleSessionName = "infra-test-after" });
        var cli = new RuntimeAccountCli(moto.Endpoint, LocalAccounts.Region, new ImmutableCredentials(assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey, assumed.Credentials.SessionToken));
        var role = await cli.GetRoleAsync("demo-preprod-deploy");
        Assert.That(role.ExitCode, Is.Not.Zero);
        Assert.That(role.StandardError, Does.Contain("NoSuchEntity"));
    }

    private static async Task<List<string>> StateObjectsAsync(AmazonS3Client s3, TerraformEnvironment environment)
    {
        var objects = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = environment.StateBucket });
        return [.. (objects.S3Objects ?? []).Select(o => o.Key)];
    }
}

using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Pipeline.LocalAws;
using Pipeline.Terraform;
using TestSupport;

namespace Pipeline.Tests.Infra;

/// <summary>
/// Bootstrap and both environments of the repository's pipeline.json on moto, four accounts, each root applied by
/// the principal that applies it on AWS; then preprod is destroyed and deployed again from nothing.
/// </summary>
[NonParallelizable]
public class AccountsApplyTests
{
    [Test]
    [CancelAfter(1_500_000)]
    public async Task Both_environments_bootstrap_and_apply_in_their_own_accounts_and_preprod_rebuilds_from_nothing()
    {
        LocalTools.Require("terraform");
        var moto = await Moto.FreshAsync();
        var preprod = LocalAccountsRehearsal.For(moto, "preprod");
        var prod = LocalAccountsRehearsal.For(moto, "prod");
        Assert.That(new[] { preprod, prod }.SelectMany(e => new[] { e.Environment.Settings.InfrastructureAccountId, e.Environment.Settings.RuntimeAccountId }).Distinct().Count(), Is.EqualTo(4));

        foreach (var environment in new[] { preprod, prod })
        {
            await environment.BootstrapAsync();
            var push = await environment.AssumePushRoleAsync();
            var outputs = await environment.ApplyAsync(environment.RootAs(push));
            await AssertLandsInOwnAccountsAsync(environment, push, outputs);
        }

        // Delete everything and rebuild: the push role destroys preprod and applies it again on the same bootstrap.
        var again = await preprod.AssumePushRoleAsync();
        var root = preprod.RootAs(again);
        await root.SucceedAsync(["destroy", "-auto-approve", "-no-color", .. preprod.Environment.VariableArguments]);
        using (var s3 = new AmazonS3Client(LocalAccountsRehearsal.Sdk(again), preprod.Target.Configure(new AmazonS3Config())))
        {
            var buckets = await s3.ListBucketsAsync(new ListBucketsRequest());
            Assert.That((buckets.Buckets ?? []).Select(b => b.BucketName), Is.EquivalentTo(new[] { preprod.Environment.StateBucket }), "only the bootstrap's state bucket is left");
        }

        var rebuilt = await preprod.ApplyAsync(root);
        await AssertLandsInOwnAccountsAsync(preprod, again, rebuilt);
    }

    private static async Task AssertLandsInOwnAccountsAsync(LocalAccountsRehearsal environment, Amazon.Runtime.ImmutableCredentials push, TerraformOutputs outputs)
    {
        var settings = environment.Environment.Settings;
        Assert.That(outputs.KmsKeyArn, Does.StartWith($"arn:aws:kms:{LocalAccounts.Region}:{settings.InfrastructureAccountId}:key/"));
        Assert.That(outputs.DeployRoleArn, Is.EqualTo($"arn:aws:iam::{settings.RuntimeAccountId}:role/greeter-{settings.Environment}-deploy"));
        using var kms = new AmazonKeyManagementServiceClient(LocalAccountsRehearsal.Sdk(push), environment.Target.Configure(new AmazonKeyManagementServiceConfig()));
        var key = await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = outputs.KmsKeyArn });
        Assert.That(key.KeyMetadata.KeyState, Is.EqualTo(KeyState.Enabled));

        var deploy = await environment.AssumeAsync(push, outputs.DeployRoleArn, "deploy-check");
        using var sts = new AmazonSecurityTokenServiceClient(LocalAccountsRehearsal.Sdk(deploy), environment.Target.Configure(new AmazonSecurityTokenServiceConfig()));
        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.That(identity.Account, Is.EqualTo(settings.RuntimeAccountId));
        var role = await new RuntimeAccountCli(environment.Target.ServiceUrl!, LocalAccounts.Region, deploy).GetRoleAsync(outputs.DeployRoleArn.Split('/')[^1]);
        Assert.That(role.StandardOutput, Does.Contain($"greeter-{settings.Environment}-boundary"), "the deploy role carries the permissions boundary");
    }
}

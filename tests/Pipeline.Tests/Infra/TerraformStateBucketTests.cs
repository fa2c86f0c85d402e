using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.LocalAws;
using Pipeline.Terraform;
using Pipeline.Tests.Aws;
using TestSupport;

namespace Pipeline.Tests.Infra;

/// <summary>Defect 2: a deploy wrote the state bucket's settings on every run, and read a 403 as "another account's".</summary>
public class TerraformStateBucketTests
{
    [Test]
    public async Task A_deploy_only_reads_the_state_bucket_and_never_writes_its_settings()
    {
        var moto = await Moto.FreshAsync();
        var writes = new List<string>();
        var http = new FaultyHttp(request =>
        {
            if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
            {
                writes.Add($"{request.Method} {request.RequestUri}");
            }

            return null;
        });
        using var admin = Client(moto, null);
        await admin.PutBucketAsync(new PutBucketRequest { BucketName = "state-read-only", PutBucketConfiguration = new PutBucketConfiguration { LocationConstraint = new BucketLocationConstraint(LocalAccounts.Region) } });
        using var push = Client(moto, http);

        await new TerraformStateBucket(push).RequireAsync("state-read-only", "preprod");

        Assert.That(writes, Is.Empty);
        var versioning = await admin.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = "state-read-only" });
        Assert.That(versioning.VersioningConfig.Status, Is.Not.EqualTo(VersionStatus.Enabled));
    }

    [Test]
    public async Task A_denied_state_bucket_says_which_permission_is_missing()
    {
        var moto = await Moto.FreshAsync();
        using var push = Client(moto, new FaultyHttp(_ => FaultyHttp.Error(HttpStatusCode.Forbidden, "AccessDenied", "Access Denied")));

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => new TerraformStateBucket(push).RequireAsync("greeter-tfstate-x", "preprod"));

        Assert.That(error!.Message, Does.Contain("s3:ListBucket").And.Contain("push role").And.Contain("'stateBucket'"));
    }

    [Test]
    public async Task A_missing_state_bucket_points_at_the_bootstrap_target()
    {
        var moto = await Moto.FreshAsync();
        using var push = Client(moto, null);

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => new TerraformStateBucket(push).RequireAsync("nobody-made-this", "prod"));

        Assert.That(error!.Message, Does.Contain("./build.sh --target=Bootstrap --env=prod --aws=real"));
    }

    [Test]
    public async Task Bootstrap_creates_it_versioned_encrypted_and_private_and_a_second_run_changes_nothing()
    {
        var moto = await Moto.FreshAsync();
        using var admin = Client(moto, null);
        var bucket = new TerraformStateBucket(admin);

        Assert.That(await bucket.CreateAsync("state-bootstrap", LocalAccounts.Region), Is.True);
        Assert.That(await bucket.CreateAsync("state-bootstrap", LocalAccounts.Region), Is.False);

        var versioning = await admin.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = "state-bootstrap" });
        Assert.That(versioning.VersioningConfig.Status, Is.EqualTo(VersionStatus.Enabled));
        var block = await admin.GetPublicAccessBlockAsync(new GetPublicAccessBlockRequest { BucketName = "state-bootstrap" });
        Assert.That(block.PublicAccessBlockConfiguration.RestrictPublicBuckets, Is.True);
    }

    private static AmazonS3Client Client(MotoServer moto, FaultyHttp? http)
    {
        var config = LocalClients.Target(moto).Configure(new AmazonS3Config());
        if (http is not null)
        {
            config.HttpClientFactory = http;
        }

        return new AmazonS3Client(new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey), config);
    }
}

using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;
using Pipeline.Aws;

namespace Pipeline.Tests.Aws;

/// <summary>Where calls go, which ARNs are roles, and how each credential failure reads.</summary>
public class AwsEdgesTests
{
    private static readonly AwsTarget Nowhere = new("eu-west-1", new Uri("http://127.0.0.1:9/"));

    [Test]
    public void Real_aws_uses_the_region_endpoint_and_virtual_hosts()
    {
        var target = new AwsTarget("eu-central-1");

        var s3 = target.Configure(new AmazonS3Config());

        Assert.That(target.IsLocal, Is.False);
        Assert.That(s3.RegionEndpoint, Is.EqualTo(Amazon.RegionEndpoint.EUCentral1));
        Assert.That(s3.ServiceURL, Is.Null);
        Assert.That(s3.ForcePathStyle, Is.False);
        Assert.That(s3.MaxErrorRetry, Is.EqualTo(4));
    }

    [Test]
    public void The_emulator_gets_the_endpoint_the_signing_region_and_path_style()
    {
        var s3 = Nowhere.Configure(new AmazonS3Config());
        var sts = Nowhere.Configure(new AmazonSecurityTokenServiceConfig());

        Assert.That(Nowhere.IsLocal, Is.True);
        Assert.That(s3.ServiceURL, Is.EqualTo("http://127.0.0.1:9/"));
        Assert.That(s3.AuthenticationRegion, Is.EqualTo("eu-west-1"));
        Assert.That(s3.ForcePathStyle, Is.True);
        Assert.That(sts.MaxErrorRetry, Is.EqualTo(4));
    }

    [Test]
    public void Clients_act_as_the_identity_asked_for()
    {
        var infrastructure = new BasicAWSCredentials("AKIAINFRA", "infra");
        var runtime = new BasicAWSCredentials("AKIARUNTIME", "runtime");
        var clients = new AwsClientFactory(Nowhere, infrastructure);

        Assert.That(clients.HasRuntime, Is.False);
        Assert.That(() => clients.Credentials(AwsIdentity.Runtime), Throws.InvalidOperationException.With.Message.Contains("assume the runtime role first"));
        var both = clients.WithRuntime(runtime);
        Assert.That(both.HasRuntime, Is.True);
        Assert.That(both.Credentials(AwsIdentity.Runtime), Is.SameAs(runtime));
        Assert.That(both.Credentials(AwsIdentity.Infrastructure), Is.SameAs(infrastructure));
    }

    [TestCase("arn:aws:iam::222222222222:role/deploy", "222222222222")]
    [TestCase("arn:aws:iam::222222222222:role/path/deploy", "222222222222")]
    public void A_role_arn_names_its_account(string arn, string account) =>
        Assert.That(new RoleAssumption(arn, "s").Account, Is.EqualTo(account));

    [TestCase("arn:aws:iam::222222222222")]
    [TestCase("xrn:aws:iam::222222222222:role/deploy")]
    [TestCase("arn:aws:sts::222222222222:role/deploy")]
    [TestCase("arn:aws:iam::22222222222:role/deploy")]
    [TestCase("arn:aws:iam::222222222222:user/deploy")]
    [TestCase("arn:aws:iam::222222222222:root")]
    public void Anything_but_a_role_arn_is_refused(string arn) =>
        Assert.That(() => new RoleAssumption(arn, "s").Account, Throws.ArgumentException.With.Message.EqualTo(
            $"'{arn}' is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>). Fix the role in pipeline.json."));

    [TestCase("ab", "ab")]
    [TestCase("--a  b--", "a-b")]
    [TestCase("a", "pipeline")]
    [TestCase("Zz09_+=,.@-aA", "Zz09_+=,.@-aA")]
    public void Session_names_are_trimmed_and_at_least_two_characters(string raw, string expected) =>
        Assert.That(RoleSessionName.Sanitize(raw), Is.EqualTo(expected));

    [Test]
    public void A_session_name_of_exactly_64_characters_is_kept()
    {
        var name = new string('a', RoleSessionName.MaxLength);

        Assert.That(RoleSessionName.Sanitize(name), Is.EqualTo(name));
        Assert.That(RoleSessionName.For("b", prefix: "ci"), Is.EqualTo("ci-b"));
    }

    [TestCase("ExpiredToken", "The AWS credentials have expired (ExpiredToken: ")]
    [TestCase("ExpiredTokenException", "The AWS credentials have expired (ExpiredTokenException: ")]
    [TestCase("RequestExpired", "The AWS credentials have expired (RequestExpired: ")]
    [TestCase("InvalidClientTokenId", "AWS refused the credentials (InvalidClientTokenId: ")]
    [TestCase("SignatureDoesNotMatch", "AWS refused the credentials (SignatureDoesNotMatch: ")]
    [TestCase("UnrecognizedClientException", "AWS refused the credentials (UnrecognizedClientException: ")]
    [TestCase("InvalidAccessKeyId", "AWS refused the credentials (InvalidAccessKeyId: ")]
    [TestCase("AccessDenied", "AWS refused the credentials (AccessDenied: ")]
    public void Credential_errors_from_sts_become_advice(string code, string start)
    {
        var error = Assert.ThrowsAsync<AwsCredentialsException>(() => Reader(code).ReadAsync());

        Assert.That(error.Message, Does.StartWith(start + "no). " + AwsCredentialsException.Advice));
        Assert.That(error.InnerException, Is.InstanceOf<AmazonServiceException>());
    }

    [Test]
    public void Other_sts_errors_pass_through_unchanged() =>
        Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => Reader("ValidationError").ReadAsync());

    [Test]
    public void Profile_and_chain_failures_name_what_was_tried()
    {
        var broken = new CredentialSource(() => throw new AmazonClientException("chain"), _ => throw new AmazonClientException("bad sso config."));
        var chain = new BasicAWSCredentials("a", "b");

        Assert.That(() => broken.Resolve("deployer"), Throws.TypeOf<AwsCredentialsException>().With.Message.EqualTo(
            "The AWS profile 'deployer' could not be used: bad sso config. " + AwsCredentialsException.Advice));
        Assert.That(() => broken.Resolve(" "), Throws.TypeOf<AwsCredentialsException>().With.Message.StartWith("No AWS credentials were found"));
        Assert.That(new CredentialSource(() => chain, _ => null).Resolve("  "), Is.SameAs(chain), "a blank profile means the default chain");
    }

    [Test]
    public void Unusable_credentials_are_reported_before_any_call()
    {
        Assert.That(() => CredentialSource.EnsureUsableAsync(new Empty()), Throws.TypeOf<AwsCredentialsException>()
            .With.Message.EqualTo("The AWS credentials resolved to an empty access key. " + AwsCredentialsException.Advice));
        Assert.That(() => CredentialSource.EnsureUsableAsync(new Failing("Could not reach the container endpoint.")), Throws.TypeOf<AwsCredentialsException>()
            .With.Message.EqualTo("The AWS credentials could not be loaded (AmazonClientException: Could not reach the container endpoint.). " + AwsCredentialsException.Advice));
        Assert.That(() => CredentialSource.EnsureUsableAsync(new BasicAWSCredentials("AKIA", "secret")), Throws.Nothing);
    }

    private static CallerIdentityReader Reader(string code)
    {
        var http = new FaultyHttp(_ => FaultyHttp.Error(HttpStatusCode.BadRequest, code, "no", query: true));
        var clients = new AwsClientFactory(Nowhere, new BasicAWSCredentials("a", "b"), configure: c => c.HttpClientFactory = http);
        return new CallerIdentityReader(clients.Sts(AwsIdentity.Infrastructure));
    }

    private sealed class Empty : AWSCredentials
    {
        public override ImmutableCredentials GetCredentials() => null!;
    }

    private sealed class Failing(string message) : AWSCredentials
    {
        public override ImmutableCredentials GetCredentials() => throw new AmazonClientException(message);
    }
}

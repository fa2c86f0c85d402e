using System.Net;
using Amazon.Runtime;
using Pipeline.Aws;

namespace Pipeline.Tests.Aws;

public class CredentialErrorTests
{
    // Never contacted: every request is answered by FaultyHttp.
    private static readonly AwsTarget Nowhere = new("eu-west-1", new Uri("http://127.0.0.1:9/"));

    [Test]
    public void Missing_credentials_tell_the_user_what_to_do()
    {
        var source = new CredentialSource(() => throw new AmazonClientException("Failed to resolve AWS credentials."), _ => null);

        var error = Assert.Throws<AwsCredentialsException>(() => source.Resolve());

        Assert.That(error.Message, Does.Contain("No AWS credentials were found")
            .And.Contain("aws sso login").And.Contain("--aws=local").And.Contain("aws configure"));
    }

    [Test]
    public void A_missing_profile_is_named()
    {
        var source = new CredentialSource(() => new BasicAWSCredentials("a", "b"), _ => null);

        var error = Assert.Throws<AwsCredentialsException>(() => source.Resolve("deployer"));

        Assert.That(error.Message, Does.Contain("'deployer' was not found").And.Contain("aws sso login"));
    }

    [Test]
    public void An_expired_sso_session_is_reported_before_any_call()
    {
        var http = new FaultyHttp(_ => throw new AssertionException("no AWS call may happen"));
        var source = new CredentialSource(() => new ExpiredSso(), _ => null);

        var error = Assert.ThrowsAsync<AwsCredentialsException>(() => new AwsSignIn(Nowhere, source, c => c.HttpClientFactory = http).SignInAsync());

        Assert.That(error.Message, Does.StartWith("The AWS credentials have expired").And.Contain("aws sso login"));
        Assert.That(http.Requests, Is.Zero);
    }

    [Test]
    public void An_expired_session_token_is_reported_by_the_first_call()
    {
        var http = new FaultyHttp(_ => FaultyHttp.Error(HttpStatusCode.Forbidden, "ExpiredToken", "The security token included in the request is expired", query: true));
        var source = new CredentialSource(() => new SessionAWSCredentials("ASIAEXAMPLE", "secret", "token"), _ => null);

        var error = Assert.ThrowsAsync<AwsCredentialsException>(() => new AwsSignIn(Nowhere, source, c => c.HttpClientFactory = http).SignInAsync());

        Assert.That(error.Message, Does.StartWith("The AWS credentials have expired (ExpiredToken").And.Contain("--aws=local"));
        Assert.That(error.Message, Does.Not.Contain("secret").And.Not.Contain("token\""));
        Assert.That(http.Requests, Is.EqualTo(1), "GetCallerIdentity is the first and only call; ExpiredToken is not retried");
    }

    [Test]
    public void A_wrong_account_after_assume_role_is_refused()
    {
        var identity = """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>
            <Arn>arn:aws:sts::333333333333:assumed-role/deploy/x</Arn><UserId>AROA:x</UserId><Account>333333333333</Account>
            </GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>
            """;
        var http = new FaultyHttp(_ => FaultyHttp.Xml(identity));
        var clients = new AwsClientFactory(Nowhere, new BasicAWSCredentials("a", "b"), configure: c => c.HttpClientFactory = http);

        var error = Assert.ThrowsAsync<AwsCredentialsException>(() => new CallerIdentityReader(clients.Sts(AwsIdentity.Infrastructure)).ExpectAccountAsync("222222222222"));

        Assert.That(error.Message, Does.Contain("Expected to act in AWS account 222222222222").And.Contain("333333333333"));
    }

    private sealed class ExpiredSso : AWSCredentials
    {
        public override ImmutableCredentials GetCredentials() =>
            throw new AmazonClientException("The SSO session associated with this profile has expired or is otherwise invalid.");
    }
}

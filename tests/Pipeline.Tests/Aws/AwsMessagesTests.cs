using System.Net;
using Amazon.Runtime;
using Pipeline.Aws;

namespace Pipeline.Tests.Aws;

// The credential errors are what a user reads when a run stops before any deployment: each is asserted whole.
public class AwsMessagesTests
{
    private const string Role = "arn:aws:iam::222222222222:role/deploy";
    private static readonly AwsTarget Nowhere = new("eu-west-1", new Uri("http://127.0.0.1:9/"));

    [Test]
    public void A_refused_assume_role_names_the_role_the_error_and_what_to_check()
    {
        var http = new FaultyHttp(_ => FaultyHttp.Error(HttpStatusCode.Forbidden, "AccessDenied", "not authorized to perform sts:AssumeRole", query: true));
        using var credentials = new AssumedRoleCredentials(Sts(http), new RoleAssumption(Role, "pipeline-test"));

        var error = Assert.ThrowsAsync<AwsCredentialsException>(() => credentials.GetCredentialsAsync());

        Assert.That(error.Message, Is.EqualTo(
            $"Could not assume {Role} (AccessDenied: not authorized to perform sts:AssumeRole). Check that the role exists, " +
            "that its trust policy lets the infrastructure account (and this external id) assume it, and that the starting " +
            "credentials are valid. " + AwsCredentialsException.Advice));
    }

    [Test]
    public void Credentials_without_an_expiration_are_refused()
    {
        var http = new FaultyHttp(_ => FaultyHttp.Xml("""
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
            <AssumedRoleUser><Arn>arn:aws:sts::222222222222:assumed-role/deploy/pipeline-test</Arn><AssumedRoleId>AROA:pipeline-test</AssumedRoleId></AssumedRoleUser>
            <Credentials><AccessKeyId>ASIAFAKE</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken></Credentials>
            </AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>
            """));
        using var credentials = new AssumedRoleCredentials(Sts(http), new RoleAssumption(Role, "pipeline-test"));

        var error = Assert.ThrowsAsync<AwsCredentialsException>(() => credentials.GetCredentialsAsync());

        Assert.That(error.Message, Is.EqualTo($"STS returned no expiration for {Role}."));
    }

    [Test]
    public void Credentials_that_fail_on_this_side_are_reported_with_the_advice()
    {
        var http = new FaultyHttp(_ => throw new AssertionException("no AWS call may happen"));
        var clients = new AwsClientFactory(Nowhere, new Unusable(), configure: c => c.HttpClientFactory = http);

        var error = Assert.ThrowsAsync<AwsCredentialsException>(() => new CallerIdentityReader(clients.Sts(AwsIdentity.Infrastructure)).ReadAsync());

        Assert.That(error.Message, Is.EqualTo(
            "The AWS credentials could not be used (credential_process exited with code 1). " + AwsCredentialsException.Advice));
        Assert.That(http.Requests, Is.Zero);
    }

    [Test]
    public void A_wrong_account_names_both_accounts_and_the_identity()
    {
        var http = new FaultyHttp(_ => FaultyHttp.Xml("""
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>
            <Arn>arn:aws:sts::333333333333:assumed-role/deploy/x</Arn><UserId>AROA:x</UserId><Account>333333333333</Account>
            </GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>
            """));

        var error = Assert.ThrowsAsync<AwsCredentialsException>(() => new CallerIdentityReader(Sts(http)).ExpectAccountAsync("222222222222"));

        Assert.That(error.Message, Is.EqualTo(
            "Expected to act in AWS account 222222222222, but the credentials belong to " +
            "arn:aws:sts::333333333333:assumed-role/deploy/x (account 333333333333). " +
            "Check the role ARN and the account ids in pipeline.json, or the profile you passed."));
    }

    private static Amazon.SecurityToken.IAmazonSecurityTokenService Sts(FaultyHttp http) =>
        new AwsClientFactory(Nowhere, new BasicAWSCredentials("a", "b"), configure: c => c.HttpClientFactory = http).Sts(AwsIdentity.Infrastructure);

    private sealed class Unusable : AWSCredentials
    {
        public override ImmutableCredentials GetCredentials() => throw new AmazonClientException("credential_process exited with code 1");
    }
}

using System.Net;
using Amazon.Runtime;
using Pipeline.Aws;
using TestSupport;

namespace Pipeline.Tests.Aws;

/// <summary>
/// A fake STS issues known secrets; the role assumption, its identity check and the retry reporter log what
/// they do, and neither those lines nor a failure's message may hold the secrets the run obtained.
/// </summary>
public class SecretsInAwsLogsTests
{
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYzEXAMPLEKEY";
    private const string SessionToken = "IQoJb3JpZ2luX2VjEXAMPLE+token/with+slashes/AndLengthToSpare0123456789";
    private static readonly string[] Issued = [SecretKey, SessionToken];
    private static readonly AwsTarget Nowhere = new("eu-west-1", new Uri("http://127.0.0.1:9/"));
    private readonly List<string> log = [];
    private readonly List<HttpRequestMessage> identityRequests = [];

    [Test]
    public async Task Assuming_a_role_through_a_retried_identity_check_logs_no_secret()
    {
        var assumer = Assumer(account: "222222222222");

        using var credentials = (await assumer.AssumeAsync(Deploy())).Credentials;

        Assert.That(log, Has.Some.StartsWith("Assumed arn:aws:iam::222222222222:role/deploy"));
        Assert.That(log, Has.Some.StartsWith("AWS answered 503"), "the throttled identity call was reported");
        Assert.That(log, Has.Some.StartsWith("Runtime identity verified"));
        Assert.That(identityRequests.Last().Headers.GetValues("X-Amz-Security-Token").Single(), Is.EqualTo(SessionToken), "the run used the issued session");
        Assert.That(SecretScan.Find(Issued, "log", string.Join('\n', log)), Is.Empty);
    }

    [Test]
    public void A_role_in_the_wrong_account_fails_without_printing_the_secrets()
    {
        var assumer = Assumer(account: "333333333333");

        var error = Assert.ThrowsAsync<AwsCredentialsException>(() => assumer.AssumeAsync(Deploy()));

        Assert.That(error.Message, Does.Contain("333333333333"));
        Assert.That(SecretScan.Find(Issued, "error", error.ToString() + string.Join('\n', log)), Is.Empty);
    }

    [Test]
    public void The_scan_finds_a_secret_in_any_form()
    {
        Assert.That(SecretScan.Find(Issued, "raw", $"key={SecretKey}"), Has.Count.EqualTo(1));
        Assert.That(SecretScan.Find(Issued, "cut", $"token {SessionToken[20..40]}…"), Has.Count.EqualTo(1));
        Assert.That(SecretScan.Find(Issued, "json", System.Text.Json.JsonSerializer.Serialize(new { SecretKey })), Has.Count.EqualTo(1));
        Assert.That(SecretScan.Find(Issued, "url", "?k=" + Uri.EscapeDataString(SessionToken)), Has.Count.EqualTo(1));
        Assert.That(SecretScan.Find(Issued, "base64", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(SecretKey))), Has.Count.EqualTo(1));
        Assert.That(SecretScan.Find(Issued, "clean", $"Assumed role; key {SecretKey[..8]}"), Is.Empty, "a short prefix is not a leak");
    }

    private static RoleAssumption Deploy() => new("arn:aws:iam::222222222222:role/deploy", "pipeline-test");

    private RoleAssumer Assumer(string account)
    {
        var throttled = false;
        var sts = new FaultyHttp(request =>
        {
            var body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            if (body.Contains("Action=AssumeRole", StringComparison.Ordinal))
            {
                var expiration = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                return FaultyHttp.Xml($"""
                    <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
                    <AssumedRoleUser><Arn>arn:aws:sts::{account}:assumed-role/deploy/pipeline-test</Arn><AssumedRoleId>AROAEXAMPLE:pipeline-test</AssumedRoleId></AssumedRoleUser>
                    <Credentials><AccessKeyId>ASIAFAKEKEY</AccessKeyId><SecretAccessKey>{SecretKey}</SecretAccessKey><SessionToken>{SessionToken}</SessionToken><Expiration>{expiration}</Expiration></Credentials>
                    </AssumeRoleResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></AssumeRoleResponse>
                    """);
            }

            identityRequests.Add(request);
            if (!throttled)
            {
                throttled = true;
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            }

            return FaultyHttp.Xml($"""
                <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>
                <Arn>arn:aws:sts::{account}:assumed-role/deploy/pipeline-test</Arn><UserId>AROAEXAMPLE:pipeline-test</UserId><Account>{account}</Account>
                </GetCallerIdentityResult><ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata></GetCallerIdentityResponse>
                """);
        });
        var http = new RetryReportingHttp(line => log.Add(line), sts.CreateHandler);
        var clients = new AwsClientFactory(Nowhere, new BasicAWSCredentials("AKIAFAKE", "infrastructure-secret"), configure: c => c.HttpClientFactory = http);
        return new RoleAssumer(clients, log: line => log.Add(line));
    }
}

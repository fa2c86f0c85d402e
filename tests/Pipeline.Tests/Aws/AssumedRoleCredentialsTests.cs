using System.Globalization;
using Amazon.Runtime;
using Pipeline.Aws;

namespace Pipeline.Tests.Aws;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class AssumedRoleCredentialsTests
{
    private static readonly AwsTarget Nowhere = new("eu-west-1", new Uri("http://127.0.0.1:9/"));
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly List<string> bodies = [];
    private int issued;

    [Test]
    public async Task Sends_session_name_external_id_and_duration()
    {
        using var credentials = Create(new RoleAssumption("arn:aws:iam::222222222222:role/deploy", "pipeline-abc", "ext-42", TimeSpan.FromMinutes(45)));

        await credentials.GetCredentialsAsync();

        Assert.That(bodies.Single(), Does.Contain("RoleSessionName=pipeline-abc").And.Contain("ExternalId=ext-42").And.Contain("DurationSeconds=2700")
            .And.Contain("RoleArn=arn%3Aaws%3Aiam%3A%3A222222222222%3Arole%2Fdeploy"));
    }

    [Test]
    public async Task Keeps_the_session_while_it_is_fresh()
    {
        using var credentials = Create(Deploy());

        var first = await credentials.GetCredentialsAsync();
        clock.Advance(TimeSpan.FromMinutes(40));
        var later = await credentials.GetCredentialsAsync();

        Assert.That(later.AccessKey, Is.EqualTo(first.AccessKey));
        Assert.That(credentials.Sessions, Is.EqualTo(1));
    }

    [Test]
    public async Task Refreshes_in_the_background_shortly_before_expiry()
    {
        using var credentials = Create(Deploy());
        var first = await credentials.GetCredentialsAsync();

        // 60 min session - 1 min SDK buffer - 5 min RefreshAhead: the window opens at 54 min.
        clock.Advance(TimeSpan.FromMinutes(56));
        var during = await credentials.GetCredentialsAsync();
        await WaitUntil(() => credentials.GetCredentials().AccessKey != first.AccessKey);
        var after = await credentials.GetCredentialsAsync();

        Assert.That(during.AccessKey, Is.EqualTo(first.AccessKey), "still valid, so the caller is not blocked");
        Assert.That(after.AccessKey, Is.EqualTo("ASIAFAKE2"));
        Assert.That(credentials.Sessions, Is.EqualTo(2));
    }

    [Test]
    public async Task Refreshes_at_once_after_expiry_beyond_the_role_chaining_hour()
    {
        using var credentials = Create(Deploy());
        var keys = new HashSet<string>();
        for (var minute = 0; minute <= 180; minute += 61)
        {
            keys.Add((await credentials.GetCredentialsAsync()).AccessKey);
            clock.Advance(TimeSpan.FromMinutes(61));
        }

        Assert.That(keys, Has.Count.EqualTo(3));
        Assert.That(credentials.Sessions, Is.EqualTo(3));
    }

    [Test]
    public void A_refused_assume_role_says_what_to_check()
    {
        var http = new FaultyHttp(_ => FaultyHttp.Error(System.Net.HttpStatusCode.Forbidden, "AccessDenied", "not authorized to perform sts:AssumeRole", query: true));
        var clients = new AwsClientFactory(Nowhere, new BasicAWSCredentials("a", "b"), configure: c => c.HttpClientFactory = http);
        using var credentials = new AssumedRoleCredentials(clients.Sts(AwsIdentity.Infrastructure), Deploy(), clock);

        var error = Assert.ThrowsAsync<AwsCredentialsException>(() => credentials.GetCredentialsAsync());

        Assert.That(error.Message, Does.Contain("Could not assume arn:aws:iam::222222222222:role/deploy (AccessDenied").And.Contain("trust policy"));
    }

    private static RoleAssumption Deploy() => new("arn:aws:iam::222222222222:role/deploy", "pipeline-test");

    private AssumedRoleCredentials Create(RoleAssumption role)
    {
        var http = new FaultyHttp(request =>
        {
            var body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            lock (bodies)
            {
                bodies.Add(body);
            }

            var duration = int.Parse(System.Web.HttpUtility.ParseQueryString(body)["DurationSeconds"] ?? "3600", CultureInfo.InvariantCulture);
            var n = Interlocked.Increment(ref issued);
            var expiration = clock.GetUtcNow().AddSeconds(duration).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            return FaultyHttp.Xml($"""
                <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
                <AssumedRoleUser><Arn>arn:aws:sts::222222222222:assumed-role/deploy/pipeline-test</Arn><AssumedRoleId>AROAEXAMPLE:pipeline-test</AssumedRoleId></AssumedRoleUser>
                <Credentials><AccessKeyId>ASIAFAKE{n}</AccessKeyId><SecretAccessKey>secret{n}</SecretAccessKey><SessionToken>token{n}</SessionToken><Expiration>{expiration}</Expiration></Credentials>
                </AssumeRoleResult><ResponseMetadata><RequestId>r{n}</RequestId></ResponseMetadata></AssumeRoleResponse>
                """);
        });
        var clients = new AwsClientFactory(Nowhere, new BasicAWSCredentials("a", "b"), configure: c => c.HttpClientFactory = http);
        return new AssumedRoleCredentials(clients.Sts(AwsIdentity.Infrastructure), role, clock);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.That(condition(), Is.True, "timed out waiting for the background refresh");
    }
}

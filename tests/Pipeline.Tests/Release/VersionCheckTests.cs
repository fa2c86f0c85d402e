using Amazon.Lambda.Model;
using Pipeline.Release;

namespace Pipeline.Tests.Release;

public class VersionCheckTests
{
    private readonly List<string> log = [];

    [SetUp]
    public void NoLogYet() => log.Clear();

    [Test]
    public async Task The_new_version_is_called_by_its_number_with_the_sample_event_before_the_alias_moves()
    {
        var lambda = new FakeLambda();
        lambda.PointAlias("1");

        await new VersionCheck(lambda, canInvoke: true, log.Add).RunAsync("greeter-prod", "live", "2", "{\"path\":\"/health\"}", CancellationToken.None);

        var call = lambda.Invocations.Single();
        Assert.That((call.FunctionName, call.Qualifier, call.Payload), Is.EqualTo(("greeter-prod", "2", "{\"path\":\"/health\"}")));
        Assert.That(lambda.AliasHistory, Is.Empty);
        Assert.That(log, Has.One.EqualTo("Post-deploy check: version 2 answered the sample event with {\"statusCode\":200}"));
    }

    [TestCase("Unhandled", 200)]
    [TestCase(null, 502)]
    public void A_function_error_fails_the_release_and_names_the_version_and_the_answer(string? functionError, int status)
    {
        var lambda = new FakeLambda
        {
            InvokeAnswer = new InvokeResponse { StatusCode = status, FunctionError = functionError, Payload = new MemoryStream("{\"errorType\":\"TypeLoadException\"}"u8.ToArray()) },
        };
        lambda.PointAlias("1");

        var error = Assert.ThrowsAsync<ReleaseException>(() => new VersionCheck(lambda, true, log.Add).RunAsync("greeter-prod", "live", "2", "{}", CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("version 2 of greeter-prod").And.Contain("TypeLoadException").And.Contain("alias 'live' serves what it served before"));
        Assert.That(error.Message, Does.Contain(functionError ?? $"status {status}"));
    }

    [Test]
    public async Task Where_nothing_can_run_the_code_the_log_says_so_and_nothing_is_called()
    {
        var lambda = new FakeLambda();

        await new VersionCheck(lambda, canInvoke: false, log.Add).RunAsync("greeter-preprod", "live", "3", "{}", CancellationToken.None);

        Assert.That(lambda.Invocations, Is.Empty);
        Assert.That(log.Single(), Does.Contain("the local emulator has no Lambda runtime").And.Contain("version 3").And.Contain("smoke test before upload stands in"));
    }

    [Test]
    public async Task A_version_the_alias_already_serves_alone_is_not_called_again()
    {
        var lambda = new FakeLambda();
        lambda.PointAlias("2");

        await new VersionCheck(lambda, true, log.Add).RunAsync("greeter-prod", "live", "2", "{}", CancellationToken.None);

        Assert.That(lambda.Invocations, Is.Empty);
    }

    [Test]
    public async Task A_first_release_with_no_alias_yet_is_called()
    {
        var lambda = new FakeLambda();

        await new VersionCheck(lambda, true, log.Add).RunAsync("greeter-prod", "live", "1", "{}", CancellationToken.None);

        Assert.That(lambda.Invocations.Single().Qualifier, Is.EqualTo("1"));
    }
}

using System.Collections;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Pipeline.Aws;
using Pipeline.LocalAws;
using TestSupport;

namespace Build.Tests.Robustness;

/// <summary>
/// Bad input through the real build host: every row must exit non-zero with one message naming what is wrong, where,
/// and the fix, before a single request reaches the moto this test owns (every AWS endpoint of the run points there,
/// and moto's request recorder proves it saw nothing).
/// </summary>
[Category("Integration")]
[Platform(Exclude = "Win", Reason = "runs ./build.sh")]
[UnsupportedOSPlatform("windows")]
[NonParallelizable]
public partial class BadInputTests
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromMinutes(3);
    private MotoServer moto = null!;
    private MotoRecorder recorder = null!;

    [OneTimeSetUp]
    public async Task CompileTheHostAndStartMoto()
    {
        moto = await Moto.SharedAsync();
        recorder = new MotoRecorder(moto.Endpoint);
        using var scratch = new ScratchFolder(moto.Endpoint);
        var warm = await HostRun.BuildShAsync(["--version"], Environment(scratch), TimeSpan.FromMinutes(10));
        Assert.That(warm.ExitCode, Is.Zero, "./build.sh could not compile the build host:" + System.Environment.NewLine + HostRun.Log(warm));
    }

    [TestCaseSource(typeof(BadInputCases), nameof(BadInputCases.All))]
    public async Task Fails_before_any_AWS_request_with_one_message_naming_what_where_and_the_fix(BadInputCase bad)
    {
        foreach (var tool in bad.Tools)
        {
            LocalTools.Require(tool);
        }

        await Moto.FreshAsync();
        using var scratch = new ScratchFolder(moto.Endpoint);
        try
        {
            var (arguments, environment) = Prepare(bad, scratch);
            await recorder.StartAsync();
            var result = bad.ScratchRoot
                ? await HostRun.CompiledHostAsync(scratch.Path, arguments, environment, CaseTimeout)
                : await HostRun.BuildShAsync(arguments, environment, CaseTimeout);
            var requests = await recorder.StopAsync();

            var log = HostRun.Log(result);
            var expected = bad.Expected.Select(scratch.Expand).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(result.ExitCode, Is.Not.Zero, log);
                foreach (var text in expected)
                {
                    Assert.That(log, Does.Contain(text), "the message must name what, where and the fix");
                }

                Assert.That(Occurrences(log, expected[0]), Is.EqualTo(1), "the headline must appear once:" + System.Environment.NewLine + log);
                Assert.That(ErrorLine().Matches(log), Has.Count.LessThanOrEqualTo(1), "one error, not a cascade:" + System.Environment.NewLine + log);
                Assert.That(requests, Is.Empty, "moto saw AWS requests; the check must run before any AWS call");
            });
        }
        finally
        {
            bad.Cleanup?.Invoke(scratch.Path);
        }
    }

    /// <summary>The control: a request that does reach moto is recorded, so an empty recording means none was made.</summary>
    [Test]
    public async Task The_recorder_sees_a_request_that_reaches_moto()
    {
        await Moto.FreshAsync();
        await recorder.StartAsync();
        var target = new AwsTarget(LocalAccounts.Region, moto.Endpoint);
        using (var sts = new AmazonSecurityTokenServiceClient(
            new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey), target.Configure(new AmazonSecurityTokenServiceConfig())))
        {
            await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        }

        var requests = await recorder.StopAsync();
        Assert.That(requests, Has.Count.EqualTo(1));
        Assert.That(requests[0], Does.StartWith("POST ").And.Contain("GetCallerIdentity"));
    }

    [Test]
    public void The_table_has_at_least_25_rows() =>
        Assert.That(((IEnumerable)BadInputCases.All()).Cast<object>().Count(), Is.GreaterThanOrEqualTo(25));

    private static (List<string> Arguments, Dictionary<string, string?> Environment) Prepare(BadInputCase bad, ScratchFolder scratch)
    {
        bad.Prepare?.Invoke(scratch.Path);
        var arguments = bad.Arguments.Select(scratch.Expand).ToList();
        if (bad.EditConfig is not null || bad.ConfigText is not null)
        {
            if (bad.ConfigText is { } text)
            {
                scratch.WriteConfig(text);
            }
            else
            {
                var config = ScratchFolder.RepositoryPipeline();
                bad.EditConfig!(config);
                scratch.WriteConfig(config.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            }

            if (bad.ScratchRoot)
            {
                File.Copy(Path.Combine(RepositoryConfig.Root, "global.json"), Path.Combine(scratch.Path, "global.json"));
            }
            else
            {
                arguments.Add($"--config={scratch.ConfigFile}");
            }
        }

        var environment = Environment(scratch);
        foreach (var (name, value) in bad.Environment)
        {
            environment[name] = value is null ? null : scratch.Expand(value);
        }

        if (bad.HiddenTools.Length > 0)
        {
            environment["PATH"] = scratch.PathWithout(bad.HiddenTools);
        }

        return (arguments, environment);
    }

    /// <summary>
    /// No AWS identity, profile or CodeBuild fact of this machine reaches the child, and every AWS endpoint it could
    /// use (SDK and Terraform alike, through AWS_ENDPOINT_URL) is the test's moto; instance metadata is off.
    /// </summary>
    private static Dictionary<string, string?> Environment(ScratchFolder scratch)
    {
        var environment = System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("AWS_", StringComparison.Ordinal) || name.StartsWith("CODEBUILD_", StringComparison.Ordinal))
            .ToDictionary(name => name, _ => (string?)null, StringComparer.Ordinal);
        var empty = Path.Combine(scratch.Path, "aws-empty");
        File.WriteAllText(empty, string.Empty);
        environment["AWS_CONFIG_FILE"] = empty;
        environment["AWS_SHARED_CREDENTIALS_FILE"] = empty;
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_ENDPOINT_URL"] = scratch.Moto;
        environment["NO_COLOR"] = "1";
        return environment;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex("^Error:", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}

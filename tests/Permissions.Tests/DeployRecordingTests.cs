using Pipeline.LocalAws;
using Pipeline.Permissions;
using TestSupport;

namespace Permissions.Tests;

/// <summary>
/// The recorder source of the deploy role's cases: the deploy stage's real requests, each mapped to its IAM action and
/// resource; the typed lists keep only what the emulator cannot show, and say why.
/// </summary>
[NonParallelizable]
public class DeployRecordingTests
{
    private DeployRecording.Recording recording = null!;
    private List<DeployCall> calls = null!;

    [OneTimeSetUp]
    public async Task RecordAsync()
    {
        LocalTools.Require(MotoServer.Executable);
        var scratch = Repository.Scratch("deploy-recording");
        using var moto = await MotoServer.StartAsync(recordingFile: Path.Combine(scratch, "moto-recording.jsonl"));
        recording = await DeployRecording.RecordAsync(moto, await File.ReadAllTextAsync(Repository.Config().TemplatePath));
        calls = [.. DeployAuthorization.Map(recording)];
    }

    [Test]
    public void Only_the_role_assumption_is_signed_by_the_push_build_and_it_names_the_deploy_role()
    {
        var byPush = calls.Where(c => !c.ByDeployRole).ToList();

        Assert.That(byPush.Select(c => (c.Action, c.Resource)), Is.EqualTo(new[] { ("sts:AssumeRole", DeployRecording.DeployRole) }));
        Assert.That(recording.Requests.Count(r => r.AccessKey == recording.SessionAccessKey), Is.EqualTo(recording.Requests.Count - 1));
    }

    [Test]
    public void The_recorded_actions_are_the_typed_lists_but_for_those_only_typed()
    {
        var recorded = calls.Where(c => c.ByDeployRole).Select(c => c.Action).Distinct().ToList();
        var typed = DeployRoleCases.TypedActions.Append("iam:PassRole").ToList();

        Assert.That(recorded, Is.SubsetOf(typed), "a recorded call no typed list has: add it to DeployRoleCases' lists");
        Assert.That(typed.Except(recorded), Is.EquivalentTo(DeployRoleCases.OnlyTyped.Keys),
            "DeployRoleCases.OnlyTyped must name exactly the typed actions the recording does not show");
    }

    [Test]
    public void The_release_names_the_function_its_versions_and_alias_and_the_stack_names_the_execution_role()
    {
        var function = $"arn:aws:lambda:{LocalAccounts.Region}:{LocalAccounts.Runtime}:function:{DeployRecording.Stack}";
        var resources = calls.Select(c => (c.Action, c.Resource)).ToList();

        Assert.That(resources, Does.Contain(("lambda:InvokeFunction", function + ":2")).And.Contain(("lambda:UpdateAlias", function + ":" + recording.Alias))
            .And.Contain(("lambda:CreateAlias", function + ":" + recording.Alias)).And.Contain(("lambda:PublishVersion", function))
            .And.Contain(("cloudwatch:DescribeAlarms", $"arn:aws:cloudwatch:{LocalAccounts.Region}:{LocalAccounts.Runtime}:alarm:{DeployRecording.Stack}-errors")));
        Assert.That(calls.Where(c => c.Action == "iam:PassRole").Select(c => (c.Resource, c.Context.Single())).Distinct(),
            Is.EqualTo(new[] { (DeployRecording.ExecutionRole, ("iam:PassedToService", "cloudformation.amazonaws.com")) }));
        Assert.That(calls.Where(c => c.Action.StartsWith("cloudformation:", StringComparison.Ordinal)).Select(c => c.Resource),
            Is.All.StartWith($"arn:aws:cloudformation:{LocalAccounts.Region}:{LocalAccounts.Runtime}:stack/{DeployRecording.Stack}/"));
    }

    [TestCase("POST", "/", "Action=UpdateTerminationProtection&StackName=s&Version=2010-05-15", "UpdateTerminationProtection")]
    [TestCase("POST", "/", "Action=ListAlarms&Version=2010-08-01", "ListAlarms")]
    [TestCase("DELETE", "/2015-03-31/functions/f/aliases/live", "", "DELETE /2015-03-31/functions/f/aliases/live")]
    [TestCase("GET", "/2015-03-31/functions/f", "", "GET /2015-03-31/functions/f")]
    public void A_request_the_mapper_does_not_know_fails_naming_it(string method, string path, string body, string named)
    {
        var request = new RecordedRequest("KEY", method, new Uri("http://127.0.0.1:5000" + path), new Dictionary<string, string>()) { Body = body };

        Assert.That(() => DeployAuthorization.Map(request).ToList(), Throws.InvalidOperationException.With.Message.Contains(named).And.Message.Contains(nameof(DeployAuthorization)));
    }
}

using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

/// <summary>Outcomes moto cannot produce, driven through a scripted CloudFormation.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class StackDeployerTests
{
    private const string StackType = "AWS::CloudFormation::Stack";
    private readonly FakeCloudFormation cloudFormation = new();
    private readonly FakeDeployClock clock = new();
    private readonly RecordingSink sink = new();

    private static StackDeployRequest Request => new("svc", "Resources: {}", "abcdef1234567890")
    {
        ExecutionRoleArn = "arn:aws:iam::222222222222:role/cfn-exec",
        Parameters = new Dictionary<string, string> { ["Version"] = "1.0.0" },
        Tags = new Dictionary<string, string> { ["commit"] = "abcdef1234567890" },
    };

    [Test]
    public async Task A_new_stack_gets_a_CREATE_change_set_with_role_commit_and_outputs()
    {
        cloudFormation.Play((Stack?)null);
        cloudFormation.ChangeSet = Ready(("Add", "Function", "AWS::Lambda::Function", null));
        cloudFormation.AfterExecute = () => Settle("CREATE_COMPLETE", [new Output { OutputKey = "FunctionName", OutputValue = "svc" }]);

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
            Assert.That(cloudFormation.CreatedChangeSet!.ChangeSetType, Is.EqualTo(ChangeSetType.CREATE));
            Assert.That(cloudFormation.CreatedChangeSet.RoleARN, Is.EqualTo("arn:aws:iam::222222222222:role/cfn-exec"));
            Assert.That(cloudFormation.CreatedChangeSet.ChangeSetName, Is.EqualTo("pipeline-abcdef123456-20260102-030405"));
            Assert.That(cloudFormation.CreatedChangeSet.Capabilities, Is.EqualTo(new[] { "CAPABILITY_IAM" }));
            Assert.That(cloudFormation.CreatedChangeSet.Tags!.Single().Value, Is.EqualTo("abcdef1234567890"));
            Assert.That(outcome.Changes, Is.EqualTo(new[] { new PlannedChange("Add", "Function", "AWS::Lambda::Function", "") }));
            Assert.That(sink.Planned, Is.EqualTo(outcome.Changes), "changes are shown before executing");
            Assert.That(outcome.Outputs, Is.EqualTo(new Dictionary<string, string> { ["FunctionName"] = "svc" }));
            Assert.That(outcome.OutputSource, Is.EqualTo(OutputSource.StackOutputs));
            Assert.That(sink.Events.Select(e => e.Status), Is.EqualTo(new[] { "CREATE_IN_PROGRESS", "CREATE_COMPLETE" }));
        });
    }

    [TestCase("ROLLBACK_COMPLETE")]
    [TestCase("ROLLBACK_FAILED")]
    public async Task A_stack_whose_first_create_failed_is_deleted_and_created_again(string status)
    {
        cloudFormation.Play(FakeCloudFormation.Stack(status, "first create failed"));
        cloudFormation.AfterDelete = () => [FakeCloudFormation.Stack("DELETE_IN_PROGRESS"), null];
        cloudFormation.ChangeSet = Ready(("Add", "Function", "AWS::Lambda::Function", null));
        cloudFormation.AfterExecute = () => Settle("CREATE_COMPLETE");

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
            Assert.That(outcome.Recreated, Is.True);
            Assert.That(cloudFormation.Calls, Does.Contain("DeleteStack"));
            Assert.That(cloudFormation.Calls.IndexOf("DeleteStack"), Is.LessThan(cloudFormation.Calls.IndexOf("CreateChangeSet")));
            Assert.That(cloudFormation.CreatedChangeSet!.ChangeSetType, Is.EqualTo(ChangeSetType.CREATE));
            Assert.That(sink.Lines, Has.Some.Contains(status));
        });
    }

    [Test]
    public async Task A_ROLLBACK_FAILED_stack_that_cannot_be_deleted_fails_naming_the_resources()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("ROLLBACK_FAILED", "first create failed"));
        cloudFormation.AfterDelete = () =>
        {
            cloudFormation.Events.Add(FakeCloudFormation.Event("ExecutionRole", "AWS::IAM::Role", "DELETE_FAILED", "not authorized to perform: iam:ListRolePolicies"));
            return [FakeCloudFormation.Stack("DELETE_IN_PROGRESS"), FakeCloudFormation.Stack("DELETE_FAILED", "The following resource(s) failed to delete: [ExecutionRole].")];
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
            Assert.That(outcome.Message, Does.Contain("could not be deleted"));
            Assert.That(cloudFormation.Calls, Does.Not.Contain("CreateChangeSet"));
        });
    }

    [Test]
    public async Task A_busy_stack_is_waited_for_then_refused()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_IN_PROGRESS"));

        var outcome = await Deployer(new StackDeployerOptions { BusyWait = TimeSpan.FromMinutes(2) }).DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Refused));
            Assert.That(outcome.Message, Does.Contain("UPDATE_IN_PROGRESS").And.Contain("deploy again"));
            Assert.That(cloudFormation.Calls, Does.Not.Contain("CreateChangeSet"));
            Assert.That(clock.Delays.Sum(d => d.TotalSeconds), Is.InRange(120, 135));
            Assert.That(clock.Delays.Max(), Is.EqualTo(StackDeployerOptions.Default.MaxPoll), "polling backs off to the cap");
        });
    }

    [Test]
    public async Task A_busy_stack_that_settles_in_time_is_updated()
    {
        cloudFormation.Play(
            FakeCloudFormation.Stack("UPDATE_IN_PROGRESS"), FakeCloudFormation.Stack("UPDATE_IN_PROGRESS"), FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = Ready(("Modify", "Function", "AWS::Lambda::Function", "False"));
        cloudFormation.AfterExecute = () => Settle("UPDATE_COMPLETE");

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
        Assert.That(cloudFormation.CreatedChangeSet!.ChangeSetType, Is.EqualTo(ChangeSetType.UPDATE));
    }

    [Test]
    public async Task A_FAILED_change_set_without_changes_is_success_and_is_deleted()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = new DescribeChangeSetResponse
        {
            Status = ChangeSetStatus.FAILED,
            StatusReason = "The submitted information didn't contain changes. Submit different information to create a change set.",
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.NoChanges), outcome.Message);
            Assert.That(outcome.Succeeded, Is.True);
            Assert.That(cloudFormation.DeletedChangeSets, Is.EqualTo(new[] { FakeCloudFormation.ChangeSetId }));
            Assert.That(cloudFormation.Calls, Does.Not.Contain("ExecuteChangeSet"));
        });
    }

    [Test]
    public async Task An_identical_update_refused_at_creation_is_no_changes()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.CreateChangeSetError = FakeCloudFormation.Error("ValidationError", "No updates are to be performed.");

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.NoChanges), outcome.Message);
    }

    [Test]
    public async Task An_invalid_template_is_reported_as_the_template_and_nothing_runs()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.CreateChangeSetError = FakeCloudFormation.Error("ValidationError", "Template format error: unsupported structure.");

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
        Assert.That(outcome.Message, Does.Contain("The template for svc was rejected: Template format error: unsupported structure.").And.Contain("Fix the template"));
        Assert.That(cloudFormation.Calls, Does.Not.Contain("ExecuteChangeSet"));
    }

    [Test]
    public async Task A_change_set_that_fails_for_another_reason_is_a_failure()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = new DescribeChangeSetResponse { Status = ChangeSetStatus.FAILED, StatusReason = "Parameter 'Version' must have a value" };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
        Assert.That(outcome.Message, Does.Contain("Parameter 'Version' must have a value").And.Contain("deploy again"));
    }

    [Test]
    public async Task UPDATE_ROLLBACK_COMPLETE_is_a_failure_naming_the_failing_resources()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = Ready(("Modify", "Function", "AWS::Lambda::Function", "False"));
        cloudFormation.AfterExecute = () =>
        {
            cloudFormation.Events.Add(FakeCloudFormation.Event("svc", StackType, "UPDATE_IN_PROGRESS"));
            cloudFormation.Events.Add(FakeCloudFormation.Event("Function", "AWS::Lambda::Function", "UPDATE_FAILED", "MemorySize must be at most 10240"));
            cloudFormation.Events.Add(FakeCloudFormation.Event("svc", StackType, "UPDATE_ROLLBACK_COMPLETE"));
            return [FakeCloudFormation.Stack("UPDATE_ROLLBACK_IN_PROGRESS"), FakeCloudFormation.Stack("UPDATE_ROLLBACK_COMPLETE", "The following resource(s) failed to update: [Function].")];
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
            Assert.That(outcome.FinalStatus, Is.EqualTo("UPDATE_ROLLBACK_COMPLETE"));
            Assert.That(outcome.Failures, Is.EqualTo(new[] { new ResourceFailure("Function", "AWS::Lambda::Function", "UPDATE_FAILED", "MemorySize must be at most 10240") }));
            Assert.That(outcome.Message, Does.Contain("UPDATE_ROLLBACK_COMPLETE").And.Contain("MemorySize must be at most 10240"));
        });
    }

    [Test]
    public async Task Events_from_before_the_deployment_are_not_replayed()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.Events.Add(FakeCloudFormation.Event("Function", "AWS::Lambda::Function", "UPDATE_FAILED", "an old failure"));
        cloudFormation.ChangeSet = Ready(("Modify", "Function", "AWS::Lambda::Function", "False"));
        cloudFormation.AfterExecute = () => Settle("UPDATE_COMPLETE");

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
        Assert.That(sink.Events.Select(e => e.Reason), Does.Not.Contain("an old failure"));
    }

    [Test]
    public async Task Leftover_change_sets_of_an_interrupted_run_are_deleted_and_reported()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSetSummaries.AddRange(
        [
            Summary("pipeline-old-1", "CREATE_COMPLETE", "AVAILABLE"),
            Summary("pipeline-old-2", "CREATE_COMPLETE", "EXECUTE_COMPLETE"),
            Summary("someone-elses", "CREATE_COMPLETE", "AVAILABLE"),
            Summary("pipeline-other-stack", "CREATE_COMPLETE", "AVAILABLE", stackId: "arn:other", stackName: "other"),
        ]);
        cloudFormation.ChangeSet = Ready(("Modify", "Function", "AWS::Lambda::Function", "False"));
        cloudFormation.AfterExecute = () => Settle("UPDATE_COMPLETE");

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.RemovedChangeSets, Is.EqualTo(new[] { "pipeline-old-1" }));
            Assert.That(cloudFormation.DeletedChangeSets, Is.EqualTo(new[] { "arn:cs/pipeline-old-1" }));
            Assert.That(sink.Lines, Has.Some.Contains("pipeline-old-1"));
        });
    }

    [Test]
    public async Task A_stack_that_never_settles_is_reported_with_what_to_do()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = Ready(("Modify", "Function", "AWS::Lambda::Function", "True"));
        cloudFormation.AfterExecute = () => [FakeCloudFormation.Stack("UPDATE_IN_PROGRESS")];

        var outcome = await Deployer(new StackDeployerOptions { StackTimeout = TimeSpan.FromMinutes(3) }).DeployAsync(Request);

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
        Assert.That(outcome.Message, Does.Contain("still UPDATE_IN_PROGRESS").And.Contain("rerun"));
    }

    [Test]
    public async Task Deleting_a_missing_stack_is_not_found()
    {
        cloudFormation.Play((Stack?)null);

        var outcome = await Deployer().DeleteStackAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DeleteStatus.NotFound));
        Assert.That(outcome.Succeeded, Is.True);
    }

    [Test]
    public async Task A_protected_stack_is_not_deleted_and_the_operator_step_is_named()
    {
        var stack = FakeCloudFormation.Stack("UPDATE_COMPLETE");
        stack.EnableTerminationProtection = true;
        cloudFormation.Play(stack);

        var outcome = await Deployer().DeleteStackAsync("svc");

        Assert.That(cloudFormation.Calls, Does.Not.Contain("DeleteStack"));
        Assert.That(outcome.Status, Is.EqualTo(DeleteStatus.Refused));
        Assert.That(outcome.Message, Does.Contain("update-termination-protection --no-enable-termination-protection --stack-name svc --region eu-west-1"));
        Assert.That(outcome.Message, Does.Contain("account 222222222222"));
    }

    [Test]
    public async Task A_failed_delete_reports_the_resources_that_stayed()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.AfterDelete = () =>
        {
            cloudFormation.Events.Add(FakeCloudFormation.Event("LogGroup", "AWS::Logs::LogGroup", "DELETE_FAILED", "Access denied"));
            return [FakeCloudFormation.Stack("DELETE_IN_PROGRESS"), FakeCloudFormation.Stack("DELETE_FAILED", "LogGroup failed")];
        };

        var outcome = await Deployer().DeleteStackAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DeleteStatus.Failed));
        Assert.That(outcome.Failures.Single().LogicalId, Is.EqualTo("LogGroup"));
        Assert.That(outcome.Message, Does.Contain("DELETE_FAILED"));
    }

    private StackDeployer Deployer(StackDeployerOptions? options = null) => new(cloudFormation, clock, sink, options);

    private static DescribeChangeSetResponse Ready(params (string Action, string LogicalId, string Type, string? Replacement)[] changes) => new()
    {
        Status = ChangeSetStatus.CREATE_COMPLETE,
        ExecutionStatus = ExecutionStatus.AVAILABLE,
        Changes = changes.Select(c => new Change
        {
            Type = ChangeType.Resource,
            ResourceChange = new ResourceChange
            {
                Action = c.Action,
                LogicalResourceId = c.LogicalId,
                ResourceType = c.Type,
                Replacement = c.Replacement is null ? null : Replacement.FindValue(c.Replacement),
            },
        }).ToList(),
    };

    private List<Stack?> Settle(string status, List<Output>? outputs = null)
    {
        var inProgress = status.Replace("_COMPLETE", "_IN_PROGRESS", StringComparison.Ordinal);
        cloudFormation.Events.Add(FakeCloudFormation.Event("svc", StackType, inProgress));
        cloudFormation.Events.Add(FakeCloudFormation.Event("svc", StackType, status));
        return [FakeCloudFormation.Stack(inProgress), FakeCloudFormation.Stack(status, outputs: outputs)];
    }

    private static ChangeSetSummary Summary(string name, string status, string execution, string stackId = FakeCloudFormation.StackId, string stackName = "svc") => new()
    {
        ChangeSetName = name,
        ChangeSetId = "arn:cs/" + name,
        StackId = stackId,
        StackName = stackName,
        Status = status,
        ExecutionStatus = execution,
    };
}

using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

/// <summary>What the deployer asks CloudFormation for (by stack id where the name stops resolving) and what it says, word for word.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class StackDeployerRequestTests
{
    private const string StackType = "AWS::CloudFormation::Stack";
    private const string Role = "arn:aws:iam::222222222222:role/cfn-exec";
    private const string ChangeSetName = "pipeline-abcdef123456-20260102-030405";
    private readonly FakeCloudFormation cloudFormation = new();
    private readonly FakeDeployClock clock = new();
    private readonly RecordingSink sink = new();

    private static StackDeployRequest Request => new("svc", "Resources: {}", "abcdef1234567890") { ExecutionRoleArn = Role };

    [TestCase("ROLLBACK_COMPLETE", "(its first create failed)")]
    [TestCase("ROLLBACK_FAILED", "(its first create failed and so did its rollback)")]
    public async Task A_failed_first_create_is_deleted_by_id_with_the_role_and_the_warning_says_why(string status, string why)
    {
        cloudFormation.Play(FakeCloudFormation.Stack(status, "first create failed"));
        cloudFormation.AfterDelete = () => [FakeCloudFormation.Stack("DELETE_IN_PROGRESS"), null];
        cloudFormation.ChangeSet = Ready();
        cloudFormation.AfterExecute = () => Settle("CREATE_COMPLETE");

        var outcome = await Deployer().DeployAsync(Request);

        var delete = cloudFormation.Requests.OfType<DeleteStackRequest>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
            Assert.That(sink.Lines[0], Is.EqualTo($"WARN Stack svc is in {status} {why} and cannot be updated; deleting it to create it again."));
            Assert.That(sink.Lines, Does.Contain($"Deleting stack svc ({status})."));
            Assert.That(delete.StackName, Is.EqualTo(FakeCloudFormation.StackId));
            Assert.That(delete.RoleARN, Is.EqualTo(Role));
            Assert.That(sink.Lines, Has.Some.Match(@"^Creating CREATE change set pipeline-abcdef123456-\d{8}-\d{6} for stack svc\.$"));
        });
    }

    [Test]
    public async Task A_failed_first_create_that_cannot_be_deleted_keeps_the_stack_id_and_failures()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("ROLLBACK_COMPLETE"));
        cloudFormation.AfterDelete = () =>
        {
            cloudFormation.Events.Add(FakeCloudFormation.Event("Role", "AWS::IAM::Role", "DELETE_FAILED", "denied"));
            return [FakeCloudFormation.Stack("DELETE_FAILED", "Role failed")];
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Message, Is.EqualTo(
                "Stack svc could not be deleted (DELETE_FAILED: Role failed). Remove or retain the failing resources listed, then delete again."));
            Assert.That(outcome.StackId, Is.EqualTo(FakeCloudFormation.StackId));
            Assert.That(outcome.Failures, Is.EqualTo(new[] { new ResourceFailure("Role", "AWS::IAM::Role", "DELETE_FAILED", "denied") }));
        });
    }

    [Test]
    public async Task An_update_executes_the_created_change_set_by_id_and_reports_each_step()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = Ready(("Modify", "Function", "AWS::Lambda::Function"));
        cloudFormation.AfterExecute = () => Settle("UPDATE_COMPLETE");

        var outcome = await Deployer().DeployAsync(Request);

        var execute = cloudFormation.Requests.OfType<ExecuteChangeSetRequest>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Message, Is.EqualTo("Stack svc deployed (UPDATE_COMPLETE)."));
            Assert.That(outcome.FinalStatus, Is.EqualTo("UPDATE_COMPLETE"));
            Assert.That(outcome.StackId, Is.EqualTo(FakeCloudFormation.StackId));
            Assert.That(execute.ChangeSetName, Is.EqualTo(FakeCloudFormation.ChangeSetId));
            Assert.That(execute.StackName, Is.EqualTo("svc"));
            Assert.That(cloudFormation.Requests.OfType<DescribeStacksRequest>().First().StackName, Is.EqualTo("svc"));
            Assert.That(cloudFormation.Requests.OfType<DescribeChangeSetRequest>().First().ChangeSetName, Is.EqualTo(FakeCloudFormation.ChangeSetId));
            Assert.That(cloudFormation.Requests.OfType<ListChangeSetsRequest>().Single().StackName, Is.EqualTo(FakeCloudFormation.StackId));
            Assert.That(cloudFormation.Requests.OfType<ListStackResourcesRequest>().Single().StackName, Is.EqualTo(FakeCloudFormation.StackId));
            Assert.That(sink.Lines, Is.SupersetOf(new[]
            {
                $"Creating UPDATE change set {ChangeSetName} for stack svc.",
                $"Executing change set {ChangeSetName} (1 change(s)).",
                "Stack svc is UPDATE_COMPLETE.",
            }));
        });
    }

    [Test]
    public async Task A_rolled_back_update_names_the_status_reason_and_each_failed_resource()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = Ready(("Modify", "Function", "AWS::Lambda::Function"));
        cloudFormation.AfterExecute = () =>
        {
            cloudFormation.Events.Add(At(1, FakeCloudFormation.Event("svc", StackType, "UPDATE_IN_PROGRESS")));
            cloudFormation.Events.Add(At(2, FakeCloudFormation.Event("Role", "AWS::IAM::Role", "UPDATE_COMPLETE")));
            cloudFormation.Events.Add(At(2, FakeCloudFormation.Event("Function", "AWS::Lambda::Function", "UPDATE_FAILED", "too big")));
            cloudFormation.Events.Add(At(3, FakeCloudFormation.Event("Alias", "AWS::Lambda::Alias", "UPDATE_FAILED", "cancelled")));
            cloudFormation.Events.Add(At(4, FakeCloudFormation.Event("svc", StackType, "UPDATE_ROLLBACK_FAILED", "stack reason")));
            return [FakeCloudFormation.Stack("UPDATE_ROLLBACK_FAILED", "rollback failed")];
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Message, Is.EqualTo(
            "Stack svc ended in UPDATE_ROLLBACK_FAILED (rollback failed). Failed resources: Function (AWS::Lambda::Function) UPDATE_FAILED: too big; " +
            "Alias (AWS::Lambda::Alias) UPDATE_FAILED: cancelled. Fix the cause and deploy again."));
    }

    [Test]
    public async Task A_failed_stack_without_a_reason_or_failed_resources_says_only_the_status()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = Ready(("Modify", "Function", "AWS::Lambda::Function"));
        cloudFormation.AfterExecute = () => Settle("UPDATE_ROLLBACK_COMPLETE");

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Message, Is.EqualTo("Stack svc ended in UPDATE_ROLLBACK_COMPLETE. Fix the cause and deploy again."));
    }

    [Test]
    public async Task A_busy_stack_is_refused_word_for_word_after_the_wait_it_announced()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_ROLLBACK_IN_PROGRESS"));

        var outcome = await Deployer(new StackDeployerOptions { BusyWait = TimeSpan.FromMinutes(2) }).DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(sink.Lines[0], Is.EqualTo("Stack svc is busy (UPDATE_ROLLBACK_IN_PROGRESS); waiting up to 2 min for it to finish."));
            Assert.That(outcome.Message, Is.EqualTo(
                "Stack svc is still UPDATE_ROLLBACK_IN_PROGRESS after waiting 2 min: another deployment or a rollback is running. " +
                "Let it finish (or cancel it in the CloudFormation console), then deploy again."));
            Assert.That(outcome.StackId, Is.EqualTo(FakeCloudFormation.StackId));
            Assert.That(cloudFormation.Requests.OfType<DescribeStacksRequest>().Skip(1).Select(r => r.StackName),
                Is.Not.Empty.And.All.EqualTo(FakeCloudFormation.StackId), "the wait follows the stack by id");
        });
    }

    [Test]
    public async Task A_busy_stack_is_not_deleted()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_IN_PROGRESS"));

        var outcome = await Deployer(new StackDeployerOptions { BusyWait = TimeSpan.FromMinutes(1) }).DeleteStackAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DeleteStatus.Refused));
        Assert.That(outcome.Message, Does.StartWith("Stack svc is still UPDATE_IN_PROGRESS after waiting 1 min"));
        Assert.That(cloudFormation.Calls, Does.Not.Contain("DeleteStack"));
    }

    [Test]
    public async Task A_deleted_stack_says_so_and_a_stack_already_DELETE_COMPLETE_is_not_found()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.AfterDelete = () => [FakeCloudFormation.Stack("DELETE_IN_PROGRESS"), FakeCloudFormation.Stack("DELETE_COMPLETE")];

        var deleted = await Deployer().DeleteStackAsync("svc", Role);

        cloudFormation.Play(FakeCloudFormation.Stack("DELETE_COMPLETE"));
        var gone = await Deployer().DeleteStackAsync("svc");

        Assert.Multiple(() =>
        {
            Assert.That(deleted.Status, Is.EqualTo(DeleteStatus.Deleted));
            Assert.That(deleted.Message, Is.EqualTo("Stack svc deleted."));
            Assert.That(cloudFormation.Requests.OfType<DeleteStackRequest>().Single().RoleARN, Is.EqualTo(Role));
            Assert.That(gone.Status, Is.EqualTo(DeleteStatus.NotFound));
            Assert.That(gone.Message, Is.EqualTo("Stack svc does not exist; nothing to delete."));
        });
    }

    [Test]
    public async Task A_delete_that_never_settles_says_how_long_it_waited()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.AfterDelete = () => [FakeCloudFormation.Stack("DELETE_IN_PROGRESS")];

        var outcome = await Deployer(new StackDeployerOptions { StackTimeout = TimeSpan.FromMinutes(3) }).DeleteStackAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DeleteStatus.Failed));
        Assert.That(outcome.Message, Is.EqualTo(
            "Stack svc is still DELETE_IN_PROGRESS after 3 min. Follow it in the CloudFormation console and rerun when it settles."));
    }

    [Test]
    public async Task A_change_set_left_on_the_stack_by_name_only_is_deleted_by_name_when_it_has_no_id()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSetSummaries.Add(new ChangeSetSummary
        {
            ChangeSetName = "pipeline-old", StackId = "arn:another-id", StackName = "svc",
            Status = ChangeSetStatus.CREATE_COMPLETE, ExecutionStatus = ExecutionStatus.AVAILABLE,
        });
        cloudFormation.ChangeSet = Ready(("Modify", "Function", "AWS::Lambda::Function"));
        cloudFormation.AfterExecute = () => Settle("UPDATE_COMPLETE");

        var outcome = await Deployer().DeployAsync(Request);

        var delete = cloudFormation.Requests.OfType<DeleteChangeSetRequest>().First();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.RemovedChangeSets, Is.EqualTo(new[] { "pipeline-old" }));
            Assert.That(delete.ChangeSetName, Is.EqualTo("pipeline-old"));
            Assert.That(delete.StackName, Is.EqualTo(FakeCloudFormation.StackId));
            Assert.That(sink.Lines, Does.Contain("WARN Deleted change set 'pipeline-old' left unexecuted by an earlier, interrupted run."));
        });
    }

    [Test]
    public void The_operator_steps_name_the_stack_region_and_account_from_its_arn()
    {
        var steps = TerminationProtection.OperatorSteps(FakeCloudFormation.Stack("UPDATE_COMPLETE"));

        Assert.That(steps, Is.EqualTo(
            "Stack svc has termination protection on, and the deploy role may not turn it off. An operator with " +
            "cloudformation:UpdateTerminationProtection in account 222222222222 runs: aws cloudformation update-termination-protection " +
            "--no-enable-termination-protection --stack-name svc --region eu-west-1 --profile <operator-profile>; then run the destroy again."));
    }

    [TestCase(null)]
    [TestCase("svc")]
    [TestCase("arn:aws:cloudformation:eu-west-1")]
    public void Without_a_full_arn_the_operator_steps_keep_placeholders(string? stackId)
    {
        var steps = TerminationProtection.OperatorSteps(new Stack { StackName = "svc", StackId = stackId });

        Assert.That(steps, Does.Contain("in account <runtime account> runs:").And.Contain("--region <region> --profile"));
    }

    private static StackEvent At(int second, StackEvent stackEvent)
    {
        stackEvent.Timestamp = new DateTime(2026, 1, 2, 3, 4, second, DateTimeKind.Utc);
        return stackEvent;
    }

    private StackDeployer Deployer(StackDeployerOptions? options = null) => new(cloudFormation, clock, sink, options);

    private static DescribeChangeSetResponse Ready(params (string Action, string LogicalId, string Type)[] changes) => new()
    {
        Status = ChangeSetStatus.CREATE_COMPLETE,
        ExecutionStatus = ExecutionStatus.AVAILABLE,
        StackId = FakeCloudFormation.StackId,
        Changes = changes.Select(c => new Change
        {
            Type = ChangeType.Resource,
            ResourceChange = new ResourceChange { Action = c.Action, LogicalResourceId = c.LogicalId, ResourceType = c.Type },
        }).ToList(),
    };

    private List<Stack?> Settle(string status)
    {
        var inProgress = status.Replace("_COMPLETE", "_IN_PROGRESS", StringComparison.Ordinal);
        cloudFormation.Events.Add(FakeCloudFormation.Event("svc", StackType, inProgress));
        cloudFormation.Events.Add(FakeCloudFormation.Event("svc", StackType, status));
        return [FakeCloudFormation.Stack(inProgress), FakeCloudFormation.Stack(status)];
    }
}

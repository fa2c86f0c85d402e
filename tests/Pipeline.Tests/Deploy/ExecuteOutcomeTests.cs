using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

/// <summary>What the deployer concludes after ExecuteChangeSet: refused, a stale status, a stack gone, no answer in time.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ExecuteOutcomeTests
{
    private const string StackType = "AWS::CloudFormation::Stack";
    private const string ChangeSetName = "pipeline-abcdef123456-20260102-030405";
    private readonly FakeCloudFormation cloudFormation = new();
    private readonly FakeDeployClock clock = new();
    private readonly RecordingSink sink = new();

    private static StackDeployRequest Request => new("svc", "Resources: {}", "abcdef1234567890");

    [SetUp]
    public void AStackWithAChange()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = new DescribeChangeSetResponse
        {
            Status = ChangeSetStatus.CREATE_COMPLETE,
            StackId = FakeCloudFormation.StackId,
            Changes = [new Change { ResourceChange = new ResourceChange { Action = "Modify", LogicalResourceId = "Function" } }],
        };
    }

    [Test]
    public async Task A_refused_execute_fails_with_the_code_message_and_any_failed_resources_and_polls_no_further()
    {
        cloudFormation.ExecuteChangeSetError = FakeCloudFormation.Error(
            "InvalidChangeSetStatus", "ChangeSet [cs] cannot be executed in its current status of [OBSOLETE]");
        cloudFormation.AfterExecute = () =>
        {
            cloudFormation.Events.Add(At(1, FakeCloudFormation.Event("Role", "AWS::IAM::Role", "UPDATE_FAILED", "denied")));
            return [];
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
            Assert.That(outcome.Message, Is.EqualTo(
                $"CloudFormation did not execute change set {ChangeSetName} for svc: InvalidChangeSetStatus: ChangeSet [cs] cannot be executed " +
                "in its current status of [OBSOLETE]. Check the failing resources and parameters, then deploy again."));
            Assert.That(outcome.Failures, Is.EqualTo(new[] { new ResourceFailure("Role", "AWS::IAM::Role", "UPDATE_FAILED", "denied") }));
            Assert.That(outcome.FinalStatus, Is.Null);
            Assert.That(cloudFormation.Calls.SkipWhile(c => c != "ExecuteChangeSet").Skip(1), Is.Empty);
        });
    }

    [Test]
    public async Task A_stale_settled_status_is_not_trusted_until_the_stack_own_closing_event_arrives()
    {
        cloudFormation.AfterExecute = () =>
        {
            cloudFormation.EventsPerPoll.Add(
            [
                At(1, FakeCloudFormation.Event("svc", StackType, "UPDATE_IN_PROGRESS")),
                At(2, FakeCloudFormation.Event("Nested", StackType, "UPDATE_COMPLETE")),
                At(3, FakeCloudFormation.Event("Role", "AWS::IAM::Role", "UPDATE_COMPLETE")),
            ]);
            cloudFormation.EventsPerPoll.Add([At(4, FakeCloudFormation.Event("Function", "AWS::Lambda::Function", "UPDATE_FAILED", "bad"))]);
            cloudFormation.EventsPerPoll.Add([At(5, FakeCloudFormation.Event("svc", StackType, "UPDATE_ROLLBACK_IN_PROGRESS"))]);
            cloudFormation.EventsPerPoll.Add([At(6, FakeCloudFormation.Event("svc", StackType, "UPDATE_ROLLBACK_COMPLETE"))]);
            return
            [
                FakeCloudFormation.Stack("UPDATE_COMPLETE"), FakeCloudFormation.Stack("UPDATE_IN_PROGRESS"),
                FakeCloudFormation.Stack("UPDATE_ROLLBACK_IN_PROGRESS"), FakeCloudFormation.Stack("UPDATE_ROLLBACK_COMPLETE"),
            ];
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Message, Is.EqualTo(
                "Stack svc ended in UPDATE_ROLLBACK_COMPLETE. Failed resources: Function (AWS::Lambda::Function) UPDATE_FAILED: bad. Fix the cause and deploy again."));
            Assert.That(clock.Delays, Has.Count.EqualTo(3), "read at once, then three pauses until the closing event");
            Assert.That(sink.Events.Select(e => e.Status), Is.EqualTo(new[]
            {
                "UPDATE_IN_PROGRESS", "UPDATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_FAILED", "UPDATE_ROLLBACK_IN_PROGRESS", "UPDATE_ROLLBACK_COMPLETE",
            }));
        });
    }

    [Test]
    public async Task A_settled_status_without_a_closing_event_is_trusted_on_the_third_read()
    {
        cloudFormation.AfterExecute = () => [FakeCloudFormation.Stack("UPDATE_COMPLETE")];

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
        Assert.That(clock.Delays, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_stale_success_still_unconfirmed_at_the_bound_is_not_called_deployed()
    {
        cloudFormation.AfterExecute = () => [FakeCloudFormation.Stack("UPDATE_COMPLETE")];

        var outcome = await Deployer(new StackDeployerOptions { StackTimeout = TimeSpan.FromSeconds(1) }).DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
            Assert.That(outcome.FinalStatus, Is.EqualTo("UPDATE_COMPLETE"));
            Assert.That(outcome.Message, Is.EqualTo(
                "Stack svc is still UPDATE_COMPLETE after 0 min; CloudFormation carries on without us. " +
                "Follow it in the console and rerun the deployment when it settles."));
            Assert.That(cloudFormation.Calls, Has.No.Member("ListStackResources"), "no outputs are read for an unconfirmed stack");
        });
    }

    [Test]
    public async Task A_stack_gone_after_execute_ended_in_DELETE_COMPLETE()
    {
        cloudFormation.AfterExecute = () => [null];

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
            Assert.That(outcome.FinalStatus, Is.EqualTo("DELETE_COMPLETE"));
            Assert.That(outcome.Message, Is.EqualTo("Stack svc ended in DELETE_COMPLETE. Fix the cause and deploy again."));
        });
    }

    [Test]
    public async Task No_changes_keeps_the_existing_stack_id_says_so_and_recreates_nothing()
    {
        cloudFormation.CreateChangeSetError = FakeCloudFormation.Error("ValidationError", "No updates are to be performed.");

        var outcome = await Deployer().DeployAsync(Request);

        const string message = "No changes: stack svc already runs this template and these parameters (commit abcdef1234567890).";
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.NoChanges));
            Assert.That(outcome.Message, Is.EqualTo(message));
            Assert.That(outcome.StackId, Is.EqualTo(FakeCloudFormation.StackId));
            Assert.That(outcome.Recreated, Is.False);
            Assert.That(sink.Lines, Is.EqualTo(new[] { $"Creating UPDATE change set {ChangeSetName} for stack svc.", message }));
        });
    }

    [Test]
    public async Task A_new_stack_takes_its_id_from_the_change_set_when_CreateChangeSet_leaves_it_out()
    {
        cloudFormation.Play((Stack?)null);
        cloudFormation.CreatedStackId = null;
        cloudFormation.AfterExecute = () =>
        {
            cloudFormation.Events.Add(At(1, FakeCloudFormation.Event("svc", StackType, "CREATE_COMPLETE")));
            return [FakeCloudFormation.Stack("CREATE_COMPLETE")];
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
            Assert.That(outcome.StackId, Is.EqualTo(FakeCloudFormation.StackId));
            Assert.That(cloudFormation.Requests.OfType<DescribeStacksRequest>().Last().StackName, Is.EqualTo(FakeCloudFormation.StackId));
            Assert.That(cloudFormation.Requests.OfType<DescribeStackEventsRequest>().Select(r => r.StackName), Is.All.EqualTo(FakeCloudFormation.StackId));
        });
    }

    internal static StackEvent At(int second, StackEvent stackEvent)
    {
        stackEvent.Timestamp = new DateTime(2026, 1, 2, 3, 4, second, DateTimeKind.Utc);
        return stackEvent;
    }

    private StackDeployer Deployer(StackDeployerOptions? options = null) => new(cloudFormation, clock, sink, options);
}

using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

/// <summary>Every list the deployer reads is followed through its NextToken pages; an absent list or field reads as empty.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class PagedAnswersTests
{
    private const string StackType = "AWS::CloudFormation::Stack";
    private readonly FakeCloudFormation cloudFormation = new() { PageSize = 1 };
    private readonly FakeDeployClock clock = new();
    private readonly RecordingSink sink = new();

    private static StackDeployRequest Request => new("svc", "Resources: {}", "abcdef1234567890");

    [SetUp]
    public void AStackExists() => cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));

    [Test]
    public async Task Change_set_changes_on_three_pages_are_all_planned_in_order()
    {
        cloudFormation.ChangeSet = Ready("Function", "Role", "Alias");
        cloudFormation.AfterExecute = Settled;

        var outcome = await Deployer().DeployAsync(Request);

        var describes = cloudFormation.Requests.OfType<DescribeChangeSetRequest>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Changes.Select(c => c.LogicalId), Is.EqualTo(new[] { "Function", "Role", "Alias" }));
            Assert.That(sink.Planned.Select(c => c.LogicalId), Is.EqualTo(new[] { "Function", "Role", "Alias" }));
            Assert.That(describes.Select(r => r.NextToken), Is.EqualTo(new[] { null, "1", "2" }));
            Assert.That(describes.Select(r => (r.ChangeSetName, r.StackName)), Is.All.EqualTo((FakeCloudFormation.ChangeSetId, "svc")));
        });
    }

    [Test]
    public async Task Leftover_change_sets_on_two_pages_are_both_deleted()
    {
        cloudFormation.ChangeSetSummaries.Add(Leftover("pipeline-old-1"));
        cloudFormation.ChangeSetSummaries.Add(Leftover("pipeline-old-2"));
        cloudFormation.ChangeSet = Ready("Function");
        cloudFormation.AfterExecute = Settled;

        var outcome = await Deployer().DeployAsync(Request);

        var lists = cloudFormation.Requests.OfType<ListChangeSetsRequest>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.RemovedChangeSets, Is.EqualTo(new[] { "pipeline-old-1", "pipeline-old-2" }));
            Assert.That(lists.Select(r => r.NextToken), Is.EqualTo(new[] { null, "1" }));
            Assert.That(lists.Select(r => r.StackName), Is.All.EqualTo(FakeCloudFormation.StackId));
        });
    }

    [Test]
    public async Task Stack_events_on_several_pages_are_streamed_oldest_first_up_to_the_last_seen_one()
    {
        cloudFormation.Events.Add(ExecuteOutcomeTests.At(0, FakeCloudFormation.Event("svc", StackType, "UPDATE_COMPLETE")));
        cloudFormation.ChangeSet = Ready("Function");
        cloudFormation.AfterExecute = () =>
        {
            cloudFormation.Events.Add(ExecuteOutcomeTests.At(1, FakeCloudFormation.Event("svc", StackType, "UPDATE_IN_PROGRESS")));
            cloudFormation.Events.Add(ExecuteOutcomeTests.At(2, FakeCloudFormation.Event("Function", "AWS::Lambda::Function", "UPDATE_COMPLETE")));
            cloudFormation.Events.Add(ExecuteOutcomeTests.At(3, FakeCloudFormation.Event("svc", StackType, "UPDATE_COMPLETE")));
            return [FakeCloudFormation.Stack("UPDATE_COMPLETE")];
        };

        var outcome = await Deployer().DeployAsync(Request);

        var reads = cloudFormation.Requests.OfType<DescribeStackEventsRequest>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
            Assert.That(sink.Events.Select(e => (e.LogicalId, e.Status)), Is.EqualTo(new[]
            {
                ("svc", "UPDATE_IN_PROGRESS"), ("Function", "UPDATE_COMPLETE"), ("svc", "UPDATE_COMPLETE"),
            }));
            Assert.That(reads.Select(r => r.NextToken), Is.EqualTo(new[] { null, null, "1", "2", "3" }), "the old event's page ends the read");
            Assert.That(reads.Select(r => r.StackName), Is.All.EqualTo(FakeCloudFormation.StackId));
            Assert.That(clock.Delays, Is.Empty, "the stack's closing event, on the third page, ends the wait");
        });
    }

    [Test]
    public async Task Resource_ids_on_two_pages_stand_in_for_missing_outputs_with_a_warning()
    {
        cloudFormation.StackResources.Add(new StackResourceSummary { LogicalResourceId = "Function", PhysicalResourceId = "svc-Function-ABC" });
        cloudFormation.StackResources.Add(new StackResourceSummary { LogicalResourceId = "Pending" });
        cloudFormation.ChangeSet = Ready("Function");
        cloudFormation.AfterExecute = Settled;

        var outcome = await Deployer().DeployAsync(Request);

        var lists = cloudFormation.Requests.OfType<ListStackResourcesRequest>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.OutputSource, Is.EqualTo(OutputSource.Resources));
            Assert.That(outcome.Outputs, Is.EqualTo(new Dictionary<string, string> { ["Function"] = "svc-Function-ABC", ["Pending"] = string.Empty }));
            Assert.That(lists.Select(r => r.NextToken), Is.EqualTo(new[] { null, "1" }));
            Assert.That(lists.Select(r => r.StackName), Is.All.EqualTo(FakeCloudFormation.StackId));
            Assert.That(sink.Lines, Does.Contain(
                "WARN Stack svc reported no Outputs (moto omits them for stacks made from change sets); using its resources' physical ids by logical id instead."));
        });
    }

    [Test]
    public async Task Drifted_resources_on_two_pages_are_all_named_and_a_missing_status_is_empty()
    {
        cloudFormation.Drifts.Add(new StackResourceDrift { LogicalResourceId = "Function", StackResourceDriftStatus = StackResourceDriftStatus.MODIFIED });
        cloudFormation.Drifts.Add(new StackResourceDrift { LogicalResourceId = "Alias" });

        var outcome = await Deployer().DetectDriftAsync("svc");

        var reads = cloudFormation.Requests.OfType<DescribeStackResourceDriftsRequest>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.DriftedResources.Select(d => (d.LogicalId, d.DriftStatus)), Is.EqualTo(new[] { ("Function", "MODIFIED"), ("Alias", "") }));
            Assert.That(reads.Select(r => r.NextToken), Is.EqualTo(new[] { null, "1" }));
            Assert.That(reads[1].StackName, Is.EqualTo("svc"));
            Assert.That(reads[1].StackResourceDriftStatusFilters, Is.EqualTo(new[] { "MODIFIED", "DELETED" }));
        });
    }

    [Test]
    public async Task Absent_lists_read_as_empty_through_a_whole_deployment_and_drift_check()
    {
        cloudFormation.EmptyListsAsNull = true;
        cloudFormation.ChangeSet = Ready();
        cloudFormation.AfterExecute = () => [FakeCloudFormation.Stack("UPDATE_COMPLETE")];

        var outcome = await Deployer().DeployAsync(Request);
        var drift = await Deployer().DetectDriftAsync("svc");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
            Assert.That(outcome.Changes, Is.Empty);
            Assert.That(outcome.RemovedChangeSets, Is.Empty);
            Assert.That(outcome.OutputSource, Is.EqualTo(OutputSource.None));
            Assert.That(outcome.Outputs, Is.Empty);
            Assert.That(drift.Status, Is.EqualTo(DriftCheckStatus.InSync));
        });
    }

    private static ChangeSetSummary Leftover(string name) => new()
    {
        ChangeSetName = name, ChangeSetId = $"arn:aws:cloudformation:eu-west-1:222222222222:changeSet/{name}/1", StackId = FakeCloudFormation.StackId,
        Status = ChangeSetStatus.CREATE_COMPLETE, ExecutionStatus = ExecutionStatus.AVAILABLE,
    };

    private static DescribeChangeSetResponse Ready(params string[] logicalIds) => new()
    {
        Status = ChangeSetStatus.CREATE_COMPLETE,
        StackId = FakeCloudFormation.StackId,
        Changes = logicalIds.Select(id => new Change { ResourceChange = new ResourceChange { Action = "Modify", LogicalResourceId = id } }).ToList(),
    };

    private List<Stack?> Settled()
    {
        cloudFormation.Events.Add(ExecuteOutcomeTests.At(1, FakeCloudFormation.Event("svc", StackType, "UPDATE_COMPLETE")));
        return [FakeCloudFormation.Stack("UPDATE_COMPLETE")];
    }

    private StackDeployer Deployer() => new(cloudFormation, clock, sink);
}

using System.Net;
using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

/// <summary>Answers with fields left out (the SDK leaves them null): the deployer reads them as empty, never as missing data.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class MissingFieldsTests
{
    private const string StackType = "AWS::CloudFormation::Stack";
    private readonly FakeCloudFormation cloudFormation = new();
    private readonly RecordingSink sink = new();

    private static StackDeployRequest Request => new("svc", "Resources: {}", "abcdef1234567890");

    [SetUp]
    public void AStackExists() => cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));

    [Test]
    public async Task Changes_without_a_resource_change_or_its_fields_are_planned_with_empty_fields()
    {
        cloudFormation.ChangeSet = Ready(
            new Change(),
            new Change { ResourceChange = new ResourceChange { Action = "Add", LogicalResourceId = "Alias" } });
        cloudFormation.AfterExecute = Settled;

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Changes, Is.EqualTo(new[] { new PlannedChange("", "", "", ""), new PlannedChange("Add", "Alias", "", "") }));
    }

    [Test]
    public async Task Events_without_an_id_are_told_apart_by_resource_status_and_time()
    {
        cloudFormation.Events.Add(NoId(0, "svc", StackType, "UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = Ready(new Change());
        cloudFormation.AfterExecute = () =>
        {
            cloudFormation.Events.Add(NoId(1, "Function", "AWS::Lambda::Function", "UPDATE_FAILED", "bad"));
            cloudFormation.Events.Add(NoId(2, null, null, null));
            cloudFormation.Events.Add(NoId(3, "svc", StackType, "UPDATE_ROLLBACK_COMPLETE"));
            return [FakeCloudFormation.Stack("UPDATE_ROLLBACK_COMPLETE")];
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(sink.Events.Select(e => e.EventId), Is.EqualTo(new[]
            {
                "Function/UPDATE_FAILED/2026-01-02T03:04:01.0000000Z", "//2026-01-02T03:04:02.0000000Z", "svc/UPDATE_ROLLBACK_COMPLETE/2026-01-02T03:04:03.0000000Z",
            }));
            Assert.That(sink.Events[1], Is.EqualTo(new StackEventRecord(
                "//2026-01-02T03:04:02.0000000Z", new DateTimeOffset(2026, 1, 2, 3, 4, 2, TimeSpan.Zero), "", "", "", "")));
            Assert.That(outcome.Failures, Is.EqualTo(new[] { new ResourceFailure("Function", "AWS::Lambda::Function", "UPDATE_FAILED", "bad") }));
        });
    }

    [Test]
    public async Task Outputs_and_resources_without_keys_or_values_read_as_empty()
    {
        cloudFormation.ChangeSet = Ready(new Change());
        cloudFormation.AfterExecute = () =>
        {
            cloudFormation.Events.Add(FakeCloudFormation.Event("svc", StackType, "UPDATE_COMPLETE"));
            return [FakeCloudFormation.Stack("UPDATE_COMPLETE", outputs: [new Output { OutputKey = "Url" }, new Output { OutputValue = "v" }])];
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Outputs, Is.EqualTo(new Dictionary<string, string> { ["Url"] = "", [""] = "v" }));
    }

    [Test]
    public async Task A_resource_without_a_logical_id_is_listed_under_an_empty_one()
    {
        cloudFormation.StackResources.Add(new StackResourceSummary { PhysicalResourceId = "orphan" });
        cloudFormation.ChangeSet = Ready(new Change());
        cloudFormation.AfterExecute = Settled;

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Outputs, Is.EqualTo(new Dictionary<string, string> { [""] = "orphan" }));
    }

    [Test]
    public async Task A_drifted_resource_without_a_logical_id_is_named_empty()
    {
        cloudFormation.Drifts.Add(new StackResourceDrift { ResourceType = "AWS::Lambda::Function", StackResourceDriftStatus = StackResourceDriftStatus.DELETED });

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.DriftedResources, Has.Count.EqualTo(1));
        Assert.That(outcome.DriftedResources[0].LogicalId, Is.EqualTo(string.Empty));
    }

    [Test]
    public async Task A_denied_drift_listing_names_DescribeStackResourceDrifts_word_for_word()
    {
        cloudFormation.DriftsError = FakeCloudFormation.Error("AccessDenied", "User is not authorized", HttpStatusCode.Forbidden);

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.AccessDenied));
        Assert.That(outcome.Message, Is.EqualTo(
            "Drift detection on svc was refused: the deploying role lacks cloudformation:DescribeStackResourceDrifts on stack svc. Grant it to the " +
            "deploy role (infra/modules/runtime-access); until then drift is not checked, which says nothing about the stack. AWS said: User is not authorized"));
    }

    private static StackEvent NoId(int second, string? logicalId, string? type, string? status, string? reason = null) => new()
    {
        StackId = FakeCloudFormation.StackId,
        LogicalResourceId = logicalId,
        ResourceType = type,
        ResourceStatus = status is null ? null : new ResourceStatus(status),
        ResourceStatusReason = reason,
        Timestamp = new DateTime(2026, 1, 2, 3, 4, second, DateTimeKind.Utc),
    };

    private static DescribeChangeSetResponse Ready(params Change[] changes) => new()
    {
        Status = ChangeSetStatus.CREATE_COMPLETE,
        StackId = FakeCloudFormation.StackId,
        Changes = [.. changes],
    };

    private List<Stack?> Settled()
    {
        cloudFormation.Events.Add(FakeCloudFormation.Event("svc", StackType, "UPDATE_COMPLETE"));
        return [FakeCloudFormation.Stack("UPDATE_COMPLETE")];
    }

    private StackDeployer Deployer() => new(cloudFormation, new FakeDeployClock(), sink);
}

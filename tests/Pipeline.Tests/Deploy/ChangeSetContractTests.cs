using System.Net;
using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Amazon.Runtime;
using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

/// <summary>The change set the deployer creates, how long it waits for one, and what it says when one is refused.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ChangeSetContractTests
{
    private const string StackType = "AWS::CloudFormation::Stack";
    private const string ChangeSetName = "pipeline-abcdef123456-20260102-030405";
    private readonly FakeCloudFormation cloudFormation = new();
    private readonly FakeDeployClock clock = new();
    private readonly RecordingSink sink = new();

    private static StackDeployRequest Request => new("svc", "Resources: {}", "abcdef1234567890")
    {
        Parameters = new Dictionary<string, string> { ["Version"] = "1.0.0" },
    };

    [SetUp]
    public void AStackExists() => cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));

    [Test]
    public async Task The_change_set_carries_the_commit_and_parameters_and_a_ready_one_runs_without_waiting()
    {
        cloudFormation.ChangeSet = Ready("True");
        cloudFormation.AfterExecute = () =>
        {
            cloudFormation.Events.Add(At(1, FakeCloudFormation.Event("svc", StackType, "UPDATE_IN_PROGRESS")));
            cloudFormation.Events.Add(At(2, FakeCloudFormation.Event("Function", "AWS::Lambda::Function", "UPDATE_COMPLETE")));
            cloudFormation.Events.Add(At(3, FakeCloudFormation.Event("svc", StackType, "UPDATE_COMPLETE")));
            return [FakeCloudFormation.Stack("UPDATE_IN_PROGRESS"), FakeCloudFormation.Stack("UPDATE_COMPLETE")];
        };

        var outcome = await Deployer().DeployAsync(Request);

        var created = cloudFormation.CreatedChangeSet!;
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
            Assert.That(created.Description, Is.EqualTo("Commit abcdef1234567890"));
            Assert.That(created.TemplateBody, Is.EqualTo("Resources: {}"));
            Assert.That(created.Parameters!.Select(p => (p.ParameterKey, p.ParameterValue)), Is.EqualTo(new[] { ("Version", "1.0.0") }));
            Assert.That(outcome.Changes.Single().Replacement, Is.EqualTo("True"));
            Assert.That(clock.Delays, Has.Count.EqualTo(1), "one pause while the stack runs; the stack's own closing event ends the wait");
            Assert.That(cloudFormation.Requests.OfType<DescribeStackEventsRequest>().Select(r => r.StackName),
                Is.Not.Empty.And.All.EqualTo(FakeCloudFormation.StackId));
        });
    }

    [Test]
    public async Task A_change_set_still_pending_at_the_bound_is_deleted_and_reported_after_the_wait()
    {
        cloudFormation.ChangeSet = new DescribeChangeSetResponse { Status = ChangeSetStatus.CREATE_PENDING };

        var outcome = await Deployer().DeployAsync(Request);

        var delete = cloudFormation.Requests.OfType<DeleteChangeSetRequest>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
            Assert.That(outcome.Message, Is.EqualTo(
                $"Change set {ChangeSetName} for svc was still CREATE_PENDING after 5 min. Check CloudFormation's health and deploy again."));
            Assert.That(clock.Delays.Sum(d => d.TotalMinutes), Is.GreaterThanOrEqualTo(5));
            Assert.That(delete.ChangeSetName, Is.EqualTo(FakeCloudFormation.ChangeSetId));
            Assert.That(delete.StackName, Is.EqualTo("svc"));
            Assert.That(cloudFormation.Calls, Does.Not.Contain("ExecuteChangeSet"));
        });
    }

    [Test]
    public async Task A_change_set_deleted_meanwhile_ends_the_wait_at_once()
    {
        cloudFormation.ChangeSet = new DescribeChangeSetResponse { Status = ChangeSetStatus.DELETE_COMPLETE };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
        Assert.That(clock.Delays, Is.Empty);
    }

    [Test]
    public async Task A_failed_change_set_is_deleted_and_its_reason_given_word_for_word()
    {
        cloudFormation.ChangeSet = new DescribeChangeSetResponse { Status = ChangeSetStatus.FAILED, StatusReason = "Parameter 'Version' is invalid" };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Message, Is.EqualTo(
                $"Change set {ChangeSetName} for svc failed: Parameter 'Version' is invalid. Fix the template or parameters and deploy again."));
            Assert.That(cloudFormation.DeletedChangeSets, Is.EqualTo(new[] { FakeCloudFormation.ChangeSetId }));
            Assert.That(clock.Delays, Is.Empty);
        });
    }

    [Test]
    public async Task No_changes_names_the_stack_and_commit()
    {
        cloudFormation.CreateChangeSetError = FakeCloudFormation.Error("ValidationError", "No updates are to be performed.");

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Message, Is.EqualTo("No changes: stack svc already runs this template and these parameters (commit abcdef1234567890)."));
    }

    [Test]
    public async Task A_refused_change_set_that_is_not_about_the_template_gives_code_and_message()
    {
        cloudFormation.CreateChangeSetError = FakeCloudFormation.Error("InsufficientCapabilitiesException", "Requires capabilities : [CAPABILITY_NAMED_IAM]");

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
        Assert.That(outcome.Message, Is.EqualTo(
            $"CloudFormation refused change set {ChangeSetName} for svc: InsufficientCapabilitiesException: Requires capabilities : [CAPABILITY_NAMED_IAM]. " +
            "Fix the template, parameters or capabilities and deploy again."));
    }

    [TestCase(300, "")]
    [TestCase(301, "…")]
    public async Task A_refusal_without_an_aws_code_gives_the_status_and_the_body_start(int length, string ellipsis)
    {
        var body = new string('x', length);
        cloudFormation.CreateChangeSetError = new AmazonCloudFormationException(body, null, ErrorType.Unknown, null, null, HttpStatusCode.InternalServerError);

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Message, Is.EqualTo(
            $"CloudFormation refused change set {ChangeSetName} for svc: HTTP 500 without an AWS error code ({new string('x', 300)}{ellipsis}). " +
            "Fix the template, parameters or capabilities and deploy again."));
    }

    [Test]
    public async Task A_stack_that_ends_in_IMPORT_COMPLETE_is_deployed()
    {
        cloudFormation.ChangeSet = Ready("False");
        cloudFormation.AfterExecute = () =>
        {
            cloudFormation.Events.Add(At(1, FakeCloudFormation.Event("svc", StackType, "IMPORT_COMPLETE")));
            return [FakeCloudFormation.Stack("IMPORT_COMPLETE")];
        };

        var outcome = await Deployer().DeployAsync(Request);

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Deployed), outcome.Message);
        Assert.That(outcome.Message, Is.EqualTo("Stack svc deployed (IMPORT_COMPLETE)."));
    }

    private StackDeployer Deployer() => new(cloudFormation, clock, sink);

    private static StackEvent At(int second, StackEvent stackEvent)
    {
        stackEvent.Timestamp = new DateTime(2026, 1, 2, 3, 4, second, DateTimeKind.Utc);
        return stackEvent;
    }

    private static DescribeChangeSetResponse Ready(string replacement) => new()
    {
        Status = ChangeSetStatus.CREATE_COMPLETE,
        ExecutionStatus = ExecutionStatus.AVAILABLE,
        Changes =
        [
            new Change
            {
                Type = ChangeType.Resource,
                ResourceChange = new ResourceChange
                {
                    Action = "Modify", LogicalResourceId = "Function", ResourceType = "AWS::Lambda::Function",
                    Replacement = Replacement.FindValue(replacement),
                },
            },
        ],
    };
}

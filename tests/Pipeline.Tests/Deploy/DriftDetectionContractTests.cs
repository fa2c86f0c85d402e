using System.Net;
using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

/// <summary>Which errors drift detection reads as "unsupported" or "denied", what it asks for, and its messages word for word.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class DriftDetectionContractTests
{
    private readonly FakeCloudFormation cloudFormation = new();
    private readonly FakeDeployClock clock = new();

    [SetUp]
    public void AStackExists() => cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));

    [TestCase(HttpStatusCode.NotFound, "SomeCode")]
    [TestCase(HttpStatusCode.NotImplemented, "SomeCode")]
    [TestCase(HttpStatusCode.BadRequest, "InvalidAction")]
    [TestCase(HttpStatusCode.BadRequest, "NotImplemented")]
    [TestCase(HttpStatusCode.BadRequest, "UnknownOperationException")]
    [TestCase(HttpStatusCode.InternalServerError, "")]
    public async Task An_endpoint_that_lacks_the_action_is_not_supported(HttpStatusCode status, string code)
    {
        cloudFormation.DetectDrift = () => throw FakeCloudFormation.Error(code, "no such action", status);

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.NotSupported));
        Assert.That(outcome.Message, Is.EqualTo(
            $"Drift detection is not supported by this endpoint ({(int)status} {code}); this says nothing about the stack. Run it against real AWS to check drift."));
    }

    [TestCase(HttpStatusCode.BadRequest, "Throttling")]
    [TestCase(HttpStatusCode.InternalServerError, "InternalFailure")]
    public void Other_service_errors_are_not_taken_for_an_unsupported_endpoint(HttpStatusCode status, string code)
    {
        cloudFormation.DetectDrift = () => throw FakeCloudFormation.Error(code, "something else", status);

        Assert.ThrowsAsync<AmazonCloudFormationException>(() => Deployer().DetectDriftAsync("svc"));
    }

    [TestCase(HttpStatusCode.BadRequest, "AccessDenied")]
    [TestCase(HttpStatusCode.BadRequest, "AccessDeniedException")]
    [TestCase(HttpStatusCode.Forbidden, "Other")]
    public async Task A_denied_start_names_the_permission_word_for_word(HttpStatusCode status, string code)
    {
        cloudFormation.DetectDrift = () => throw FakeCloudFormation.Error(code, "nope", status);

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.AccessDenied));
        Assert.That(outcome.Message, Is.EqualTo(
            "Drift detection on svc was refused: the deploying role lacks cloudformation:DetectStackDrift on stack svc. Grant it to the deploy role " +
            "(infra/modules/runtime-access); until then drift is not checked, which says nothing about the stack. AWS said: nope"));
    }

    [Test]
    public async Task A_stack_in_sync_is_checked_once_with_the_detection_id_and_drift_filters()
    {
        var outcome = await Deployer().DetectDriftAsync("svc");

        var drifts = cloudFormation.Requests.OfType<DescribeStackResourceDriftsRequest>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.InSync));
            Assert.That(outcome.Message, Is.EqualTo("Stack svc matches its template."));
            Assert.That(clock.Delays, Is.Empty, "a complete detection is not polled again");
            Assert.That(cloudFormation.Requests.OfType<DescribeStacksRequest>().Single().StackName, Is.EqualTo("svc"));
            Assert.That(cloudFormation.Requests.OfType<DetectStackDriftRequest>().Single().StackName, Is.EqualTo("svc"));
            Assert.That(cloudFormation.Requests.OfType<DescribeStackDriftDetectionStatusRequest>().Single().StackDriftDetectionId, Is.EqualTo("d-1"));
            Assert.That(drifts.StackName, Is.EqualTo("svc"));
            Assert.That(drifts.StackResourceDriftStatusFilters, Is.EqualTo(new[] { "MODIFIED", "DELETED" }));
        });
    }

    [Test]
    public async Task A_detection_still_running_at_the_bound_is_polled_until_then_and_reported()
    {
        cloudFormation.DriftStatus = new DescribeStackDriftDetectionStatusResponse
        {
            DetectionStatus = StackDriftDetectionStatus.DETECTION_IN_PROGRESS, DetectionStatusReason = "still going",
        };

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.Failed));
            Assert.That(outcome.Message, Is.EqualTo(
                "Drift detection for svc ended DETECTION_IN_PROGRESS: still going. Check the stack's resources and run it again."));
            Assert.That(clock.Delays.Sum(d => d.TotalMinutes), Is.GreaterThanOrEqualTo(5));
        });
    }

    [Test]
    public async Task Drifted_resources_are_named_in_order_and_missing_fields_are_empty()
    {
        cloudFormation.Drifts.Add(new StackResourceDrift { LogicalResourceId = "Function", StackResourceDriftStatus = StackResourceDriftStatus.MODIFIED });
        cloudFormation.Drifts.Add(new StackResourceDrift { LogicalResourceId = "Alias", ResourceType = "AWS::Lambda::Alias", StackResourceDriftStatus = StackResourceDriftStatus.DELETED });

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.Drifted));
            Assert.That(outcome.Message, Is.EqualTo(
                "Stack svc has drifted in 2 resource(s): Function, Alias. Redeploy to restore the template's settings, or bring the change into the template."));
            Assert.That(outcome.DriftedResources[0].ResourceType, Is.EqualTo(string.Empty));
            Assert.That(outcome.DriftedResources[0].Differences, Is.Empty);
            Assert.That(outcome.DriftedResources[1].ResourceType, Is.EqualTo("AWS::Lambda::Alias"));
        });
    }

    [Test]
    public async Task A_stack_not_deployed_yet_says_so_word_for_word()
    {
        cloudFormation.Play((Stack?)null);

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.NoStack));
        Assert.That(outcome.Message, Is.EqualTo("Stack svc does not exist yet; nothing to check for drift."));
    }

    private StackDeployer Deployer() => new(cloudFormation, clock, new RecordingSink());
}

using System.Net;
using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Amazon.Runtime;
using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class StackDeployerDriftTests
{
    private readonly FakeCloudFormation cloudFormation = new();

    [SetUp]
    public void AStackExists() => cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));

    [Test]
    public async Task An_endpoint_without_drift_detection_is_not_supported_not_failed()
    {
        cloudFormation.DetectDrift = () => throw new AmazonCloudFormationException(
            "The service returned an error with HTTP Body: <!doctype html>", null, ErrorType.Unknown, null, null, HttpStatusCode.InternalServerError);

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.NotSupported));
        Assert.That(outcome.Message, Does.Contain("not supported by this endpoint"));
    }

    [Test]
    public void A_real_internal_failure_is_not_mistaken_for_an_unsupported_endpoint()
    {
        cloudFormation.DetectDrift = () => throw FakeCloudFormation.Error("InternalFailure", "try again", HttpStatusCode.InternalServerError);

        Assert.ThrowsAsync<AmazonCloudFormationException>(() => Deployer().DetectDriftAsync("svc"));
    }

    [Test]
    public async Task A_denied_DetectStackDrift_names_the_missing_permission_instead_of_throwing()
    {
        cloudFormation.DetectDrift = () => throw FakeCloudFormation.Error("AccessDenied",
            "User: arn:aws:sts::222222222222:assumed-role/greeter-preprod-deploy/build is not authorized to perform: cloudformation:DetectStackDrift", HttpStatusCode.Forbidden);

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.AccessDenied));
        Assert.That(outcome.Message, Does.Contain("lacks cloudformation:DetectStackDrift on stack svc").And.Contain("runtime-access"));
    }

    [Test]
    public async Task A_detection_failed_for_a_missing_read_permission_names_that_permission()
    {
        cloudFormation.DriftStatus = new DescribeStackDriftDetectionStatusResponse
        {
            DetectionStatus = StackDriftDetectionStatus.DETECTION_FAILED,
            DetectionStatusReason = "Failed to detect drift on resource [Function]: User: arn:aws:sts::222222222222:assumed-role/d/b is not authorized to perform: lambda:GetFunction on resource: svc",
        };

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.AccessDenied));
        Assert.That(outcome.Message, Does.Contain("lacks lambda:GetFunction"));
    }

    [Test]
    public async Task A_denied_status_poll_names_DescribeStackDriftDetectionStatus_on_star()
    {
        cloudFormation.DriftStatusError = FakeCloudFormation.Error("AccessDenied", "not authorized", HttpStatusCode.Forbidden);

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.AccessDenied));
        Assert.That(outcome.Message, Does.Contain("cloudformation:DescribeStackDriftDetectionStatus on Resource \"*\""));
    }

    [Test]
    public async Task Drifted_resources_are_listed_with_their_differences()
    {
        cloudFormation.DriftStatus = new DescribeStackDriftDetectionStatusResponse
        {
            DetectionStatus = StackDriftDetectionStatus.DETECTION_COMPLETE,
            StackDriftStatus = StackDriftStatus.DRIFTED,
        };
        cloudFormation.Drifts.Add(new StackResourceDrift
        {
            LogicalResourceId = "Function",
            ResourceType = "AWS::Lambda::Function",
            StackResourceDriftStatus = StackResourceDriftStatus.MODIFIED,
            PropertyDifferences = [new PropertyDifference { PropertyPath = "/MemorySize", ExpectedValue = "512", ActualValue = "1024" }],
        });

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.Drifted));
            Assert.That(outcome.DriftedResources.Single().Differences, Is.EqualTo(new[] { "/MemorySize: 512 → 1024" }));
            Assert.That(outcome.Message, Does.Contain("Function"));
        });
    }

    [Test]
    public async Task No_drifted_resources_is_in_sync()
    {
        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.InSync));
    }

    [Test]
    public async Task A_stack_not_deployed_yet_has_no_drift_to_check()
    {
        cloudFormation.Play((Amazon.CloudFormation.Model.Stack?)null);

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.NoStack));
        Assert.That(cloudFormation.Calls, Does.Not.Contain("DetectStackDrift"));
    }

    [Test]
    public async Task A_stack_deleted_as_detection_starts_has_no_drift_to_check()
    {
        cloudFormation.DetectDrift = () => throw FakeCloudFormation.Error("ValidationError", "Stack with id svc does not exist");

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.NoStack));
    }

    [Test]
    public async Task Detection_that_fails_is_reported()
    {
        cloudFormation.DriftStatus = new DescribeStackDriftDetectionStatusResponse
        {
            DetectionStatus = StackDriftDetectionStatus.DETECTION_FAILED,
            DetectionStatusReason = "Failed to detect drift on resource [Function]",
        };

        var outcome = await Deployer().DetectDriftAsync("svc");

        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.Failed));
        Assert.That(outcome.Message, Does.Contain("Failed to detect drift on resource"));
    }

    private StackDeployer Deployer() => new(cloudFormation, new FakeDeployClock(), new RecordingSink());
}

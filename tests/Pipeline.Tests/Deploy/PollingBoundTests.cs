using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

/// <summary>A wait ends on the poll that reaches its bound, not one pause later, and pauses grow to the cap.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class PollingBoundTests
{
    private readonly FakeCloudFormation cloudFormation = new();
    private readonly FakeDeployClock clock = new();

    private static StackDeployRequest Request => new("svc", "Resources: {}", "abcdef1234567890");

    [Test]
    public async Task A_busy_stack_is_read_for_the_last_time_exactly_at_the_bound()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_IN_PROGRESS"));

        var outcome = await Deployer(new StackDeployerOptions { BusyWait = TimeSpan.FromSeconds(5) }).DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Refused));
            Assert.That(clock.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3) }));
            Assert.That(cloudFormation.Calls.Count(c => c == "DescribeStacks"), Is.EqualTo(4), "the first look, then reads at 0, 2 and 5 s");
        });
    }

    [Test]
    public async Task A_pending_change_set_is_read_for_the_last_time_exactly_at_the_bound()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_COMPLETE"));
        cloudFormation.ChangeSet = new DescribeChangeSetResponse { Status = ChangeSetStatus.CREATE_IN_PROGRESS };

        var outcome = await Deployer(new StackDeployerOptions { ChangeSetTimeout = TimeSpan.FromSeconds(5) }).DeployAsync(Request);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
            Assert.That(clock.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3) }));
            Assert.That(cloudFormation.Requests.OfType<DescribeChangeSetRequest>().Count(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Pauses_grow_by_the_backoff_up_to_the_cap()
    {
        cloudFormation.Play(FakeCloudFormation.Stack("UPDATE_IN_PROGRESS"));

        await Deployer(new StackDeployerOptions { BusyWait = TimeSpan.FromSeconds(60) }).DeployAsync(Request);

        Assert.That(clock.Delays.Select(d => d.TotalSeconds), Is.EqualTo(new[] { 2, 3, 4.5, 6.75, 10.125, 15, 15, 15 }));
    }

    private StackDeployer Deployer(StackDeployerOptions options) => new(cloudFormation, clock, new RecordingSink(), options);
}

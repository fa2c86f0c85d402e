using System.Net;
using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Pipeline.Deploy;

namespace Pipeline.Tests.Deploy;

/// <summary>Which DescribeStacks answers mean "no stack" and which are errors the deployer must not swallow.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class StackLookupTests
{
    private readonly FakeCloudFormation cloudFormation = new();
    private readonly RecordingSink sink = new();

    [TestCase(true, TestName = "An answer with an empty stack list is no stack")]
    [TestCase(false, TestName = "An answer without a stack list is no stack")]
    public async Task An_answer_without_stacks_is_no_stack(bool emptyList)
    {
        cloudFormation.DescribeStacksAnswer = _ => new DescribeStacksResponse { Stacks = emptyList ? [] : null };

        var deleted = await Deployer().DeleteStackAsync("svc");
        var drift = await Deployer().DetectDriftAsync("svc");

        Assert.Multiple(() =>
        {
            Assert.That(deleted.Status, Is.EqualTo(DeleteStatus.NotFound));
            Assert.That(deleted.Message, Is.EqualTo("Stack svc does not exist; nothing to delete."));
            Assert.That(drift.Status, Is.EqualTo(DriftCheckStatus.NoStack));
            Assert.That(cloudFormation.Calls, Is.EqualTo(new[] { "DescribeStacks", "DescribeStacks" }));
        });
    }

    [Test]
    public void A_validation_error_that_is_not_about_a_missing_stack_is_thrown_as_it_came()
    {
        var error = FakeCloudFormation.Error("ValidationError", "1 validation error detected: Value 'svc!' at 'stackName' failed to satisfy constraint");
        cloudFormation.DescribeStacksAnswer = _ => throw error;

        var thrown = Assert.ThrowsAsync<AmazonCloudFormationException>(() => Deployer().DeployAsync(new StackDeployRequest("svc!", "Resources: {}", "abc")));

        Assert.That(thrown, Is.SameAs(error));
        Assert.That(cloudFormation.Calls, Is.EqualTo(new[] { "DescribeStacks" }), "nothing is created for a stack that could not be read");
    }

    [Test]
    public void Another_error_that_says_does_not_exist_is_not_taken_for_a_missing_stack()
    {
        var error = FakeCloudFormation.Error("AccessDenied", "Role arn:aws:iam::222222222222:role/deploy does not exist", HttpStatusCode.Forbidden);
        cloudFormation.DescribeStacksAnswer = _ => throw error;

        var thrown = Assert.ThrowsAsync<AmazonCloudFormationException>(() => Deployer().DeleteStackAsync("svc"));

        Assert.That(thrown, Is.SameAs(error));
    }

    [TestCase("Stack with id svc does not exist")]
    [TestCase("Stack with id svc DOES NOT EXIST")]
    public async Task A_missing_stack_is_recognised_whatever_the_case(string message)
    {
        cloudFormation.DescribeStacksAnswer = _ => throw FakeCloudFormation.Error("ValidationError", message);

        var deleted = await Deployer().DeleteStackAsync("svc");

        Assert.That(deleted.Status, Is.EqualTo(DeleteStatus.NotFound));
    }

    private StackDeployer Deployer() => new(cloudFormation, new FakeDeployClock(), sink);
}

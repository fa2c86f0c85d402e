using Amazon.CloudFormation.Model;
using TestSupport;

namespace Amazon.CloudFormation.Tests;

/// <summary>The client against a real moto_server: signing, marshalling and unmarshalling end to end.</summary>
public class MotoClientTests
{
    private const string Template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Description: stand-in round trip
        Parameters:
          TopicName:
            Type: String
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: !Ref TopicName
        Outputs:
          TopicArn:
            Value: !Ref Topic
        """;

    [Test]
    public async Task Change_set_lifecycle_round_trips()
    {
        using var client = LocalCloudFormation.Client(await Moto.FreshAsync());

        var created = await client.CreateChangeSetAsync(new CreateChangeSetRequest
        {
            StackName = "roundtrip",
            ChangeSetName = "cs-1",
            ChangeSetType = ChangeSetType.CREATE,
            TemplateBody = Template,
            Parameters = [new Parameter { ParameterKey = "TopicName", ParameterValue = "roundtrip-topic" }],
            Tags = [new Tag { Key = "commit", Value = "abc123" }],
        });
        var described = await client.DescribeChangeSetAsync(new DescribeChangeSetRequest { ChangeSetName = created.Id, StackName = "roundtrip" });
        var listed = await client.ListChangeSetsAsync(new ListChangeSetsRequest { StackName = "roundtrip" });
        await client.ExecuteChangeSetAsync(new ExecuteChangeSetRequest { ChangeSetName = created.Id, StackName = "roundtrip" });
        var stacks = await client.DescribeStacksAsync(new DescribeStacksRequest { StackName = "roundtrip" });
        var events = await client.DescribeStackEventsAsync(new DescribeStackEventsRequest { StackName = "roundtrip" });
        var resources = await client.ListStackResourcesAsync(new ListStackResourcesRequest { StackName = "roundtrip" });

        Assert.Multiple(() =>
        {
            Assert.That(created.Id, Does.Contain(":changeSet/cs-1/"));
            Assert.That(created.StackId, Does.Contain(":stack/roundtrip/"));
            Assert.That(described.Status, Is.EqualTo(ChangeSetStatus.CREATE_COMPLETE));
            Assert.That(described.ExecutionStatus, Is.EqualTo(ExecutionStatus.AVAILABLE));
            Assert.That(described.Changes!.Select(c => (c.ResourceChange!.Action?.Value, c.ResourceChange.LogicalResourceId)),
                Is.EqualTo(new[] { ("Add", "Topic") }));
            Assert.That(listed.Summaries!.Select(s => s.ChangeSetName), Does.Contain("cs-1"));
            Assert.That(stacks.Stacks!.Single().StackStatus, Is.EqualTo(StackStatus.CREATE_COMPLETE));
            Assert.That(events.StackEvents!.Select(e => e.ResourceStatus?.Value), Does.Contain("CREATE_COMPLETE"));
            Assert.That(events.StackEvents!.All(e => e.Timestamp is not null), Is.True);
            Assert.That(resources.StackResourceSummaries!.Single().ResourceType, Is.EqualTo("AWS::SNS::Topic"));
            Assert.That(resources.StackResourceSummaries!.Single().PhysicalResourceId, Does.Contain("roundtrip-topic"));
        });

        await client.DeleteStackAsync(new DeleteStackRequest { StackName = "roundtrip" });
        var afterDelete = await client.DescribeStacksAsync(new DescribeStacksRequest { StackName = created.StackId });
        Assert.That(afterDelete.Stacks!.Single().StackStatus, Is.EqualTo(StackStatus.DELETE_COMPLETE));
    }

    [Test]
    public async Task Validate_and_summarise_a_template()
    {
        using var client = LocalCloudFormation.Client(await Moto.FreshAsync());

        var validated = await client.ValidateTemplateAsync(new ValidateTemplateRequest { TemplateBody = Template });
        var summary = await client.GetTemplateSummaryAsync(new GetTemplateSummaryRequest { TemplateBody = Template });

        Assert.Multiple(() =>
        {
            Assert.That(validated.Description, Is.EqualTo("stand-in round trip"));
            Assert.That(summary.ResourceTypes, Does.Contain("AWS::SNS::Topic"));
            Assert.That(summary.Parameters!.Select(p => p.ParameterKey), Is.EqualTo(new[] { "TopicName" }));
        });
    }

    [Test]
    public async Task A_missing_stack_is_a_ValidationError()
    {
        using var client = LocalCloudFormation.Client(await Moto.FreshAsync());

        var error = Assert.ThrowsAsync<AmazonCloudFormationException>(
            () => client.DescribeStacksAsync(new DescribeStacksRequest { StackName = "nope" }));

        Assert.That(error!.ErrorCode, Is.EqualTo("ValidationError"));
        Assert.That(error.Message, Does.Contain("nope"));
    }
}

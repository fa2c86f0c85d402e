using System.Net;
using System.Text;
using Amazon.CloudFormation.Model;
using Amazon.CloudFormation.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace Amazon.CloudFormation.Tests;

public class UnmarshallingTests
{
    private const string Ns = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

    [Test]
    public void DescribeStacks_reads_status_outputs_tags_and_times()
    {
        var xml = $"""
            <DescribeStacksResponse xmlns="{Ns}">
              <DescribeStacksResult><Stacks><member>
                <StackName>svc</StackName><StackId>arn:stack/svc/1</StackId>
                <StackStatus>UPDATE_ROLLBACK_COMPLETE</StackStatus><StackStatusReason>boom</StackStatusReason>
                <CreationTime>2026-01-02T03:04:05.678Z</CreationTime>
                <Outputs><member><OutputKey>FunctionName</OutputKey><OutputValue>svc-fn</OutputValue></member></Outputs>
                <Tags><member><Key>commit</Key><Value>abc</Value></member></Tags>
                <Capabilities><member>CAPABILITY_IAM</member></Capabilities>
              </member></Stacks></DescribeStacksResult>
              <ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>
            </DescribeStacksResponse>
            """;

        var response = (DescribeStacksResponse)Unmarshall(StackOperations.DescribeStacks.Unmarshaller, xml);

        var stack = response.Stacks!.Single();
        Assert.Multiple(() =>
        {
            Assert.That(stack.StackStatus, Is.EqualTo(StackStatus.UPDATE_ROLLBACK_COMPLETE));
            Assert.That(stack.StackStatusReason, Is.EqualTo("boom"));
            Assert.That(stack.CreationTime, Is.EqualTo(new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc)));
            Assert.That(stack.CreationTime!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(stack.Outputs!.Single().OutputValue, Is.EqualTo("svc-fn"));
            Assert.That(stack.Tags!.Single().Key, Is.EqualTo("commit"));
            Assert.That(stack.Capabilities, Is.EqualTo(new[] { "CAPABILITY_IAM" }));
            Assert.That(stack.Parameters, Is.Null, "absent lists stay null, as in the SDK");
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("req-1"));
        });
    }

    [Test]
    public void DescribeStacks_reads_detailed_status_and_deletion_mode()
    {
        var xml = $"""
            <DescribeStacksResponse xmlns="{Ns}">
              <DescribeStacksResult><Stacks><member>
                <StackName>svc</StackName><StackStatus>CREATE_IN_PROGRESS</StackStatus>
                <DetailedStatus>CONFIGURATION_COMPLETE</DetailedStatus><DeletionMode>STANDARD</DeletionMode>
                <RetainExceptOnCreate>true</RetainExceptOnCreate>
              </member></Stacks></DescribeStacksResult>
              <ResponseMetadata><RequestId>req-2</RequestId></ResponseMetadata>
            </DescribeStacksResponse>
            """;

        var stack = ((DescribeStacksResponse)Unmarshall(StackOperations.DescribeStacks.Unmarshaller, xml)).Stacks!.Single();

        Assert.Multiple(() =>
        {
            Assert.That(stack.DetailedStatus, Is.EqualTo(DetailedStatus.CONFIGURATION_COMPLETE));
            Assert.That(stack.DeletionMode, Is.EqualTo(DeletionMode.STANDARD));
            Assert.That(stack.RetainExceptOnCreate, Is.True);
        });
    }

    [Test]
    public void Newer_status_values_are_known_constants()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ChangeAction.FindValue("SyncWithActual"), Is.SameAs(ChangeAction.SyncWithActual));
            Assert.That(ResourceStatus.FindValue("EXPORT_ROLLBACK_COMPLETE"), Is.SameAs(ResourceStatus.EXPORT_ROLLBACK_COMPLETE));
            Assert.That(StackResourceDriftStatus.FindValue("UNSUPPORTED"), Is.SameAs(StackResourceDriftStatus.UNSUPPORTED));
        });
    }

    [Test]
    public void DescribeChangeSet_reads_changes()
    {
        var xml = $"""
            <DescribeChangeSetResponse xmlns="{Ns}"><DescribeChangeSetResult>
              <Status>CREATE_COMPLETE</Status><ExecutionStatus>AVAILABLE</ExecutionStatus>
              <Changes><member><Type>Resource</Type><ResourceChange>
                <Action>Modify</Action><LogicalResourceId>Function</LogicalResourceId>
                <ResourceType>AWS::Lambda::Function</ResourceType><Replacement>False</Replacement>
              </ResourceChange></member></Changes>
            </DescribeChangeSetResult></DescribeChangeSetResponse>
            """;

        var response = (DescribeChangeSetResponse)Unmarshall(ChangeSetOperations.DescribeChangeSet.Unmarshaller, xml);

        var change = response.Changes!.Single().ResourceChange!;
        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(ChangeSetStatus.CREATE_COMPLETE));
            Assert.That(response.ExecutionStatus, Is.EqualTo(ExecutionStatus.AVAILABLE));
            Assert.That(change.Action, Is.EqualTo(ChangeAction.Modify));
            Assert.That(change.Replacement, Is.EqualTo(Replacement.False));
            Assert.That(change.LogicalResourceId, Is.EqualTo("Function"));
        });
    }

    [Test]
    public void An_error_body_becomes_a_CloudFormation_exception_with_the_aws_code()
    {
        const string Xml = """
            <ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
              <Error><Type>Sender</Type><Code>ValidationError</Code><Message>Stack with id svc does not exist</Message></Error>
              <RequestId>req-9</RequestId>
            </ErrorResponse>
            """;

        var error = UnmarshallError(StackOperations.DescribeStacks.Unmarshaller, Xml, HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<AmazonCloudFormationException>());
            Assert.That(error.ErrorCode, Is.EqualTo("ValidationError"));
            Assert.That(error.ErrorType, Is.EqualTo(ErrorType.Sender));
            Assert.That(error.Message, Is.EqualTo("Stack with id svc does not exist"));
            Assert.That(error.RequestId, Is.EqualTo("req-9"));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    [Test]
    public void ChangeSetNotFound_gets_its_own_exception_type()
    {
        const string Xml = "<ErrorResponse><Error><Type>Sender</Type><Code>ChangeSetNotFound</Code><Message>gone</Message></Error></ErrorResponse>";

        var error = UnmarshallError(ChangeSetOperations.DescribeChangeSet.Unmarshaller, Xml, HttpStatusCode.NotFound);

        Assert.That(error, Is.TypeOf<ChangeSetNotFoundException>().And.InstanceOf<AmazonCloudFormationException>());
    }

    private static AmazonWebServiceResponse Unmarshall(XmlResponseUnmarshaller unmarshaller, string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        using var context = new XmlUnmarshallerContext(new MemoryStream(bytes), false, new FakeWebResponse(HttpStatusCode.OK, bytes.Length));
        return unmarshaller.Unmarshall(context);
    }

    private static AmazonServiceException UnmarshallError(XmlResponseUnmarshaller unmarshaller, string xml, HttpStatusCode status)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        using var context = new XmlUnmarshallerContext(new MemoryStream(bytes), false, new FakeWebResponse(status, bytes.Length), isException: true);
        return unmarshaller.UnmarshallException(context, new HttpRequestException("400"), status);
    }
}

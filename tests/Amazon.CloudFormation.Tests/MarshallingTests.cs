using Amazon.CloudFormation.Model;
using Amazon.CloudFormation.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Amazon.CloudFormation.Tests;

public class MarshallingTests
{
    [Test]
    public void CreateChangeSet_writes_lists_as_members_and_constants_as_values()
    {
        var request = new CreateChangeSetRequest
        {
            StackName = "svc",
            ChangeSetName = "deploy-abc123",
            ChangeSetType = ChangeSetType.CREATE,
            TemplateBody = "Resources: {}",
            RoleARN = "arn:aws:iam::222222222222:role/cfn",
            Capabilities = [Capability.CAPABILITY_IAM, Capability.CAPABILITY_NAMED_IAM],
            Parameters = [new Parameter { ParameterKey = "Version", ParameterValue = "1.2.3" }, new Parameter { ParameterKey = "Commit", UsePreviousValue = true }],
            Tags = [new Tag { Key = "commit", Value = "abc 123" }],
        };

        var body = Body(ChangeSetOperations.CreateChangeSet.Marshaller, request);

        Assert.That(body, Is.EqualTo(
            "Action=CreateChangeSet" +
            "&Capabilities.member.1=CAPABILITY_IAM&Capabilities.member.2=CAPABILITY_NAMED_IAM" +
            "&ChangeSetName=deploy-abc123&ChangeSetType=CREATE" +
            "&Parameters.member.1.ParameterKey=Version&Parameters.member.1.ParameterValue=1.2.3" +
            "&Parameters.member.2.ParameterKey=Commit&Parameters.member.2.UsePreviousValue=true" +
            "&RoleARN=arn%3Aaws%3Aiam%3A%3A222222222222%3Arole%2Fcfn" +
            "&StackName=svc" +
            "&Tags.member.1.Key=commit&Tags.member.1.Value=abc%20123" +
            "&TemplateBody=Resources%3A%20%7B%7D" +
            "&Version=2010-05-15"));
    }

    [Test]
    public void OnStackFailure_and_DeletionMode_are_sent_as_their_values()
    {
        var create = Body(ChangeSetOperations.CreateChangeSet.Marshaller, new CreateChangeSetRequest { StackName = "svc", OnStackFailure = OnStackFailure.DELETE });
        var delete = Body(StackOperations.DeleteStack.Marshaller, new DeleteStackRequest { StackName = "svc", DeletionMode = DeletionMode.FORCE_DELETE_STACK });

        Assert.Multiple(() =>
        {
            Assert.That(create, Is.EqualTo("Action=CreateChangeSet&OnStackFailure=DELETE&StackName=svc&Version=2010-05-15"));
            Assert.That(delete, Is.EqualTo("Action=DeleteStack&DeletionMode=FORCE_DELETE_STACK&StackName=svc&Version=2010-05-15"));
        });
    }

    [Test]
    public void Marshalled_request_is_a_form_post_to_the_service_root()
    {
        var request = ChangeSetOperations.ExecuteChangeSet.Marshaller.Marshall(
            new ExecuteChangeSetRequest { ChangeSetName = "cs", StackName = "svc", DisableRollback = false });

        Assert.Multiple(() =>
        {
            Assert.That(request.HttpMethod, Is.EqualTo("POST"));
            Assert.That(request.RequestName, Is.EqualTo(nameof(ExecuteChangeSetRequest)));
            Assert.That(ReadBody(request), Is.EqualTo("Action=ExecuteChangeSet&ChangeSetName=cs&DisableRollback=false&StackName=svc&Version=2010-05-15"));
        });
    }

    [Test]
    public void An_empty_list_is_sent_as_an_empty_value_and_a_null_list_not_at_all()
    {
        var withEmpty = Body(StackOperations.DeleteStack.Marshaller, new DeleteStackRequest { StackName = "svc", RetainResources = [] });
        var withNull = Body(StackOperations.DeleteStack.Marshaller, new DeleteStackRequest { StackName = "svc" });

        Assert.That(withEmpty, Is.EqualTo("Action=DeleteStack&RetainResources=&StackName=svc&Version=2010-05-15"));
        Assert.That(withNull, Is.EqualTo("Action=DeleteStack&StackName=svc&Version=2010-05-15"));
    }

    [TestCase("DescribeStacks")]
    [TestCase("DescribeStackEvents")]
    [TestCase("ListStackResources")]
    [TestCase("ListChangeSets")]
    public void Paged_stack_operations_carry_stack_name_and_token(string action)
    {
        var body = action switch
        {
            "DescribeStacks" => Body(StackOperations.DescribeStacks.Marshaller, new DescribeStacksRequest { StackName = "svc", NextToken = "t/1" }),
            "DescribeStackEvents" => Body(StackOperations.DescribeStackEvents.Marshaller, new DescribeStackEventsRequest { StackName = "svc", NextToken = "t/1" }),
            "ListStackResources" => Body(StackOperations.ListStackResources.Marshaller, new ListStackResourcesRequest { StackName = "svc", NextToken = "t/1" }),
            _ => Body(ChangeSetOperations.ListChangeSets.Marshaller, new ListChangeSetsRequest { StackName = "svc", NextToken = "t/1" }),
        };

        Assert.That(body, Is.EqualTo($"Action={action}&NextToken=t%2F1&StackName=svc&Version=2010-05-15"));
    }

    [Test]
    public void Drift_operations_marshal_their_members()
    {
        Assert.That(
            Body(DriftOperations.DetectStackDrift.Marshaller, new DetectStackDriftRequest { StackName = "svc", LogicalResourceIds = ["Function"] }),
            Is.EqualTo("Action=DetectStackDrift&LogicalResourceIds.member.1=Function&StackName=svc&Version=2010-05-15"));
        Assert.That(
            Body(DriftOperations.DescribeStackResourceDrifts.Marshaller, new DescribeStackResourceDriftsRequest
            {
                StackName = "svc",
                StackResourceDriftStatusFilters = [StackResourceDriftStatus.MODIFIED, StackResourceDriftStatus.DELETED],
                MaxResults = 50,
            }),
            Is.EqualTo("Action=DescribeStackResourceDrifts&MaxResults=50&StackName=svc" +
                       "&StackResourceDriftStatusFilters.member.1=MODIFIED&StackResourceDriftStatusFilters.member.2=DELETED&Version=2010-05-15"));
        Assert.That(
            Body(DriftOperations.DescribeStackDriftDetectionStatus.Marshaller, new DescribeStackDriftDetectionStatusRequest { StackDriftDetectionId = "d-1" }),
            Is.EqualTo("Action=DescribeStackDriftDetectionStatus&StackDriftDetectionId=d-1&Version=2010-05-15"));
    }

    [Test]
    public void Template_operations_marshal_body_or_url()
    {
        Assert.That(
            Body(TemplateOperations.ValidateTemplate.Marshaller, new ValidateTemplateRequest { TemplateURL = "https://b.s3.amazonaws.com/t.yml" }),
            Is.EqualTo("Action=ValidateTemplate&TemplateURL=https%3A%2F%2Fb.s3.amazonaws.com%2Ft.yml&Version=2010-05-15"));
        Assert.That(
            Body(TemplateOperations.GetTemplateSummary.Marshaller, new GetTemplateSummaryRequest { StackName = "svc" }),
            Is.EqualTo("Action=GetTemplateSummary&StackName=svc&Version=2010-05-15"));
        Assert.That(
            Body(ChangeSetOperations.DeleteChangeSet.Marshaller, new DeleteChangeSetRequest { ChangeSetName = "cs", StackName = "svc" }),
            Is.EqualTo("Action=DeleteChangeSet&ChangeSetName=cs&StackName=svc&Version=2010-05-15"));
        Assert.That(
            Body(ChangeSetOperations.DescribeChangeSet.Marshaller, new DescribeChangeSetRequest { ChangeSetName = "cs", StackName = "svc" }),
            Is.EqualTo("Action=DescribeChangeSet&ChangeSetName=cs&StackName=svc&Version=2010-05-15"));
    }

    private static string Body<TRequest>(QueryMarshaller<TRequest> marshaller, TRequest request)
        where TRequest : AmazonWebServiceRequest =>
        ReadBody(marshaller.Marshall(request));

    private static string ReadBody(IRequest request)
    {
        using var reader = new StreamReader(request.ContentStream);
        return reader.ReadToEnd();
    }
}

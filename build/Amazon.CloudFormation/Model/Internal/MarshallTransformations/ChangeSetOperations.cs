namespace Amazon.CloudFormation.Model.Internal.MarshallTransformations;

internal static class ChangeSetOperations
{
    public static readonly QueryOperation<CreateChangeSetRequest, CreateChangeSetResponse> CreateChangeSet = new(
        "CreateChangeSet",
        (q, r) =>
        {
            q.Add("StackName", r.StackName);
            q.Add("TemplateBody", r.TemplateBody);
            q.Add("TemplateURL", r.TemplateURL);
            q.Add("UsePreviousTemplate", r.UsePreviousTemplate);
            q.AddList("Parameters", r.Parameters, ShapeWriter.Parameter);
            q.AddStrings("Capabilities", r.Capabilities);
            q.AddStrings("ResourceTypes", r.ResourceTypes);
            q.Add("RoleARN", r.RoleARN);
            q.AddStrings("NotificationARNs", r.NotificationARNs);
            q.AddList("Tags", r.Tags, ShapeWriter.Tag);
            q.Add("ChangeSetName", r.ChangeSetName);
            q.Add("ClientToken", r.ClientToken);
            q.Add("Description", r.Description);
            q.Add("ChangeSetType", r.ChangeSetType?.Value);
            q.Add("IncludeNestedStacks", r.IncludeNestedStacks);
            q.Add("OnStackFailure", r.OnStackFailure?.Value);
        },
        (x, r) =>
        {
            r.Id = x.Text("Id");
            r.StackId = x.Text("StackId");
        });

    public static readonly QueryOperation<DescribeChangeSetRequest, DescribeChangeSetResponse> DescribeChangeSet = new(
        "DescribeChangeSet",
        (q, r) =>
        {
            q.Add("ChangeSetName", r.ChangeSetName);
            q.Add("StackName", r.StackName);
            q.Add("NextToken", r.NextToken);
            q.Add("IncludePropertyValues", r.IncludePropertyValues);
        },
        (x, r) =>
        {
            r.ChangeSetName = x.Text("ChangeSetName");
            r.ChangeSetId = x.Text("ChangeSetId");
            r.StackId = x.Text("StackId");
            r.StackName = x.Text("StackName");
            r.Description = x.Text("Description");
            r.Parameters = x.List("Parameters", ShapeReader.Parameter);
            r.CreationTime = x.Date("CreationTime");
            r.ExecutionStatus = x.Constant("ExecutionStatus", ExecutionStatus.FindValue);
            r.Status = x.Constant("Status", ChangeSetStatus.FindValue);
            r.StatusReason = x.Text("StatusReason");
            r.NotificationARNs = x.Strings("NotificationARNs");
            r.Capabilities = x.Strings("Capabilities");
            r.Tags = x.List("Tags", ShapeReader.Tag);
            r.Changes = x.List("Changes", ShapeReader.Change);
            r.NextToken = x.Text("NextToken");
            r.IncludeNestedStacks = x.Bool("IncludeNestedStacks");
        });

    public static readonly QueryOperation<ExecuteChangeSetRequest, ExecuteChangeSetResponse> ExecuteChangeSet = new(
        "ExecuteChangeSet",
        (q, r) =>
        {
            q.Add("ChangeSetName", r.ChangeSetName);
            q.Add("StackName", r.StackName);
            q.Add("ClientRequestToken", r.ClientRequestToken);
            q.Add("DisableRollback", r.DisableRollback);
            q.Add("RetainExceptOnCreate", r.RetainExceptOnCreate);
        },
        (_, _) => { });

    public static readonly QueryOperation<DeleteChangeSetRequest, DeleteChangeSetResponse> DeleteChangeSet = new(
        "DeleteChangeSet",
        (q, r) =>
        {
            q.Add("ChangeSetName", r.ChangeSetName);
            q.Add("StackName", r.StackName);
        },
        (_, _) => { });

    public static readonly QueryOperation<ListChangeSetsRequest, ListChangeSetsResponse> ListChangeSets = new(
        "ListChangeSets",
        (q, r) =>
        {
            q.Add("StackName", r.StackName);
            q.Add("NextToken", r.NextToken);
        },
        (x, r) =>
        {
            r.Summaries = x.List("Summaries", ShapeReader.ChangeSetSummary);
            r.NextToken = x.Text("NextToken");
        });
}

namespace Amazon.CloudFormation.Model.Internal.MarshallTransformations;

internal static class StackOperations
{
    public static readonly QueryOperation<DescribeStacksRequest, DescribeStacksResponse> DescribeStacks = new(
        "DescribeStacks",
        (q, r) =>
        {
            q.Add("StackName", r.StackName);
            q.Add("NextToken", r.NextToken);
        },
        (x, r) =>
        {
            r.Stacks = x.List("Stacks", ShapeReader.Stack);
            r.NextToken = x.Text("NextToken");
        });

    public static readonly QueryOperation<DescribeStackEventsRequest, DescribeStackEventsResponse> DescribeStackEvents = new(
        "DescribeStackEvents",
        (q, r) =>
        {
            q.Add("StackName", r.StackName);
            q.Add("NextToken", r.NextToken);
        },
        (x, r) =>
        {
            r.StackEvents = x.List("StackEvents", ShapeReader.StackEvent);
            r.NextToken = x.Text("NextToken");
        });

    public static readonly QueryOperation<DeleteStackRequest, DeleteStackResponse> DeleteStack = new(
        "DeleteStack",
        (q, r) =>
        {
            q.Add("StackName", r.StackName);
            q.AddStrings("RetainResources", r.RetainResources);
            q.Add("RoleARN", r.RoleARN);
            q.Add("ClientRequestToken", r.ClientRequestToken);
            q.Add("DeletionMode", r.DeletionMode?.Value);
        },
        (_, _) => { });

    public static readonly QueryOperation<ListStackResourcesRequest, ListStackResourcesResponse> ListStackResources = new(
        "ListStackResources",
        (q, r) =>
        {
            q.Add("StackName", r.StackName);
            q.Add("NextToken", r.NextToken);
        },
        (x, r) =>
        {
            r.StackResourceSummaries = x.List("StackResourceSummaries", ShapeReader.StackResourceSummary);
            r.NextToken = x.Text("NextToken");
        });
}

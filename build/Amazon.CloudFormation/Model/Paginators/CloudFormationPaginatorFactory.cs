namespace Amazon.CloudFormation.Model;

internal sealed class CloudFormationPaginatorFactory(IAmazonCloudFormation client) : ICloudFormationPaginatorFactory
{
    public IDescribeStackEventsPaginator DescribeStackEvents(DescribeStackEventsRequest request) => new DescribeStackEventsPaginator(client, request);

    public IDescribeStackResourceDriftsPaginator DescribeStackResourceDrifts(DescribeStackResourceDriftsRequest request) =>
        new DescribeStackResourceDriftsPaginator(client, request);

    public IDescribeStacksPaginator DescribeStacks(DescribeStacksRequest request) => new DescribeStacksPaginator(client, request);

    public IListChangeSetsPaginator ListChangeSets(ListChangeSetsRequest request) => new ListChangeSetsPaginator(client, request);

    public IListStackResourcesPaginator ListStackResources(ListStackResourcesRequest request) => new ListStackResourcesPaginator(client, request);
}

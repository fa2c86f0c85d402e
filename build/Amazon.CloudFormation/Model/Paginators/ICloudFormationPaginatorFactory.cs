namespace Amazon.CloudFormation.Model;

/// <summary>The SDK's paginators for the operations this stand-in has (the SDK has more, for operations it lacks).</summary>
public interface ICloudFormationPaginatorFactory
{
    IDescribeStackEventsPaginator DescribeStackEvents(DescribeStackEventsRequest request);

    IDescribeStackResourceDriftsPaginator DescribeStackResourceDrifts(DescribeStackResourceDriftsRequest request);

    IDescribeStacksPaginator DescribeStacks(DescribeStacksRequest request);

    IListChangeSetsPaginator ListChangeSets(ListChangeSetsRequest request);

    IListStackResourcesPaginator ListStackResources(ListStackResourcesRequest request);
}

using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public interface IListStackResourcesPaginator
{
    IPaginatedEnumerable<ListStackResourcesResponse> Responses { get; }

    IPaginatedEnumerable<StackResourceSummary> StackResourceSummaries { get; }
}

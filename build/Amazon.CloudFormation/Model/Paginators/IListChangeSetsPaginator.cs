using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public interface IListChangeSetsPaginator
{
    IPaginatedEnumerable<ListChangeSetsResponse> Responses { get; }

    IPaginatedEnumerable<ChangeSetSummary> Summaries { get; }
}

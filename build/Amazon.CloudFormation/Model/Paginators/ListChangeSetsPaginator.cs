using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

internal sealed class ListChangeSetsPaginator : IListChangeSetsPaginator
{
    private readonly TokenPaginator<ListChangeSetsResponse> pages;

    internal ListChangeSetsPaginator(IAmazonCloudFormation client, ListChangeSetsRequest request) =>
        pages = new(request.NextToken, (token, cancel) =>
        {
            request.NextToken = token;
            return client.ListChangeSetsAsync(request, cancel);
        }, response => response.NextToken);

    public IPaginatedEnumerable<ListChangeSetsResponse> Responses => new PaginatedResponse<ListChangeSetsResponse>(pages);

    public IPaginatedEnumerable<ChangeSetSummary> Summaries => new PaginatedResultKeyResponse<ListChangeSetsResponse, ChangeSetSummary>(pages, response => response.Summaries);
}

using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

internal sealed class ListStackResourcesPaginator : IListStackResourcesPaginator
{
    private readonly TokenPaginator<ListStackResourcesResponse> pages;

    internal ListStackResourcesPaginator(IAmazonCloudFormation client, ListStackResourcesRequest request) =>
        pages = new(request.NextToken, (token, cancel) =>
        {
            request.NextToken = token;
            return client.ListStackResourcesAsync(request, cancel);
        }, response => response.NextToken);

    public IPaginatedEnumerable<ListStackResourcesResponse> Responses => new PaginatedResponse<ListStackResourcesResponse>(pages);

    public IPaginatedEnumerable<StackResourceSummary> StackResourceSummaries => new PaginatedResultKeyResponse<ListStackResourcesResponse, StackResourceSummary>(pages, response => response.StackResourceSummaries);
}

using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

internal sealed class DescribeStackEventsPaginator : IDescribeStackEventsPaginator
{
    private readonly TokenPaginator<DescribeStackEventsResponse> pages;

    internal DescribeStackEventsPaginator(IAmazonCloudFormation client, DescribeStackEventsRequest request) =>
        pages = new(request.NextToken, (token, cancel) =>
        {
            request.NextToken = token;
            return client.DescribeStackEventsAsync(request, cancel);
        }, response => response.NextToken);

    public IPaginatedEnumerable<DescribeStackEventsResponse> Responses => new PaginatedResponse<DescribeStackEventsResponse>(pages);

    public IPaginatedEnumerable<StackEvent> StackEvents => new PaginatedResultKeyResponse<DescribeStackEventsResponse, StackEvent>(pages, response => response.StackEvents);
}

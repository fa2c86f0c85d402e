using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

internal sealed class DescribeStacksPaginator : IDescribeStacksPaginator
{
    private readonly TokenPaginator<DescribeStacksResponse> pages;

    internal DescribeStacksPaginator(IAmazonCloudFormation client, DescribeStacksRequest request) =>
        pages = new(request.NextToken, (token, cancel) =>
        {
            request.NextToken = token;
            return client.DescribeStacksAsync(request, cancel);
        }, response => response.NextToken);

    public IPaginatedEnumerable<DescribeStacksResponse> Responses => new PaginatedResponse<DescribeStacksResponse>(pages);

    public IPaginatedEnumerable<Stack> Stacks => new PaginatedResultKeyResponse<DescribeStacksResponse, Stack>(pages, response => response.Stacks);
}

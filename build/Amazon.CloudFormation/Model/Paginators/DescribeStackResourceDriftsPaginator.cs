using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

internal sealed class DescribeStackResourceDriftsPaginator : IDescribeStackResourceDriftsPaginator
{
    private readonly TokenPaginator<DescribeStackResourceDriftsResponse> pages;

    internal DescribeStackResourceDriftsPaginator(IAmazonCloudFormation client, DescribeStackResourceDriftsRequest request) =>
        pages = new(request.NextToken, (token, cancel) =>
        {
            request.NextToken = token;
            return client.DescribeStackResourceDriftsAsync(request, cancel);
        }, response => response.NextToken);

    public IPaginatedEnumerable<DescribeStackResourceDriftsResponse> Responses => new PaginatedResponse<DescribeStackResourceDriftsResponse>(pages);

    public IPaginatedEnumerable<StackResourceDrift> StackResourceDrifts => new PaginatedResultKeyResponse<DescribeStackResourceDriftsResponse, StackResourceDrift>(pages, response => response.StackResourceDrifts);
}

using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public interface IDescribeStacksPaginator
{
    IPaginatedEnumerable<DescribeStacksResponse> Responses { get; }

    IPaginatedEnumerable<Stack> Stacks { get; }
}

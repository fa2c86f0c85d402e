using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public interface IDescribeStackResourceDriftsPaginator
{
    IPaginatedEnumerable<DescribeStackResourceDriftsResponse> Responses { get; }

    IPaginatedEnumerable<StackResourceDrift> StackResourceDrifts { get; }
}

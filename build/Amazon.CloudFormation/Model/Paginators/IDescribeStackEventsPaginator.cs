using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public interface IDescribeStackEventsPaginator
{
    IPaginatedEnumerable<DescribeStackEventsResponse> Responses { get; }

    IPaginatedEnumerable<StackEvent> StackEvents { get; }
}

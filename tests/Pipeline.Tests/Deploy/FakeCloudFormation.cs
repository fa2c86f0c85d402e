using System.Net;
using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Amazon.Runtime;

namespace Pipeline.Tests.Deploy;

/// <summary>
/// Scripted CloudFormation for outcomes moto cannot produce. DescribeStacks walks <see cref="Timeline"/> one entry per
/// call and then repeats the last; null entries mean "does not exist". Execute and delete swap in new timelines.
/// It overrides the SDK client's virtual operations rather than implementing the interface, so it compiles against
/// the real AWSSDK.CloudFormation's ninety operations too; any operation not overridden here goes to a closed port
/// and fails at once.
/// </summary>
internal sealed class FakeCloudFormation() : AmazonCloudFormationClient(
    new AnonymousAWSCredentials(),
    new AmazonCloudFormationConfig { ServiceURL = "http://127.0.0.1:1", MaxErrorRetry = 0, AuthenticationRegion = "eu-west-1" })
{
    public const string StackId = "arn:aws:cloudformation:eu-west-1:222222222222:stack/svc/1";
    public const string ChangeSetId = "arn:aws:cloudformation:eu-west-1:222222222222:changeSet/cs/1";

    private int position;

    public List<Stack?> Timeline { get; private set; } = [null];

    public List<StackEvent> Events { get; } = [];

    public List<string> Calls { get; } = [];

    /// <summary>Every request the deployer sent, in order, for asserting what it asked CloudFormation to do.</summary>
    public List<AmazonWebServiceRequest> Requests { get; } = [];

    public List<string> DeletedChangeSets { get; } = [];

    public List<ChangeSetSummary> ChangeSetSummaries { get; } = [];

    public CreateChangeSetRequest? CreatedChangeSet { get; private set; }

    public Exception? CreateChangeSetError { get; set; }

    public DescribeChangeSetResponse ChangeSet { get; set; } = new() { Status = ChangeSetStatus.CREATE_COMPLETE, Changes = [] };

    public Func<List<Stack?>>? AfterExecute { get; set; }

    public Func<List<Stack?>>? AfterDelete { get; set; }

    public Func<Task<DetectStackDriftResponse>> DetectDrift { get; set; } = () => Task.FromResult(new DetectStackDriftResponse { StackDriftDetectionId = "d-1" });

    public DescribeStackDriftDetectionStatusResponse DriftStatus { get; set; } = new() { DetectionStatus = StackDriftDetectionStatus.DETECTION_COMPLETE };

    public Exception? DriftStatusError { get; set; }

    public List<StackResourceDrift> Drifts { get; } = [];

    public List<StackResourceSummary> StackResources { get; } = [];

    public Exception? DriftsError { get; set; }

    /// <summary>Replaces the timeline's answer to DescribeStacks (an empty list, another error).</summary>
    public Func<DescribeStacksRequest, DescribeStacksResponse>? DescribeStacksAnswer { get; set; }

    public Exception? ExecuteChangeSetError { get; set; }

    /// <summary>The stack id CreateChangeSet answers with; AWS may leave it out.</summary>
    public string? CreatedStackId { get; set; } = StackId;

    /// <summary>Events added to <see cref="Events"/> at the n-th DescribeStacks after a Play: CloudFormation writing them as it goes.</summary>
    public List<StackEvent[]> EventsPerPoll { get; } = [];

    /// <summary>Above zero, list answers come in pages of this many items with a NextToken, as AWS pages them.</summary>
    public int PageSize { get; set; }

    /// <summary>An empty list is answered as null, as the SDK leaves an absent list.</summary>
    public bool EmptyListsAsNull { get; set; }

    public static Stack Stack(string status, string? reason = null, List<Output>? outputs = null) =>
        new() { StackId = StackId, StackName = "svc", StackStatus = status, StackStatusReason = reason, Outputs = outputs };

    public static StackEvent Event(string logicalId, string type, string status, string reason = "") => new()
    {
        EventId = Guid.NewGuid().ToString(),
        StackId = StackId,
        LogicalResourceId = logicalId,
        ResourceType = type,
        ResourceStatus = status,
        ResourceStatusReason = reason,
        Timestamp = DateTime.UtcNow,
    };

    public static AmazonCloudFormationException Error(string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        new(message, null, ErrorType.Sender, code, "req", status);

    public void Play(params Stack?[] timeline)
    {
        Timeline = [.. timeline];
        position = 0;
    }

    public override Task<DescribeStacksResponse> DescribeStacksAsync(DescribeStacksRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        Calls.Add("DescribeStacks");
        var poll = position++;
        if (poll < EventsPerPoll.Count)
        {
            Events.AddRange(EventsPerPoll[poll]);
        }

        if (DescribeStacksAnswer is { } answer)
        {
            return Task.FromResult(answer(request));
        }

        var stack = Timeline[Math.Min(poll, Timeline.Count - 1)];
        return stack is null
            ? throw Error("ValidationError", $"Stack with id {request.StackName} does not exist")
            : Task.FromResult(new DescribeStacksResponse { Stacks = [stack] });
    }

    public override Task<DescribeStackEventsResponse> DescribeStackEventsAsync(DescribeStackEventsRequest request, CancellationToken cancellationToken = default) =>
        Seen(request, Task.FromResult(Page(Enumerable.Reverse(Events).ToList(), request.NextToken, (items, next) =>
            new DescribeStackEventsResponse { StackEvents = items, NextToken = next })));

    public override Task<CreateChangeSetResponse> CreateChangeSetAsync(CreateChangeSetRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        Calls.Add("CreateChangeSet");
        CreatedChangeSet = request;
        return CreateChangeSetError is { } error
            ? Task.FromException<CreateChangeSetResponse>(error)
            : Task.FromResult(new CreateChangeSetResponse { Id = ChangeSetId, StackId = CreatedStackId });
    }

    public override Task<DescribeChangeSetResponse> DescribeChangeSetAsync(DescribeChangeSetRequest request, CancellationToken cancellationToken = default) =>
        Seen(request, Task.FromResult(Page(ChangeSet.Changes ?? [], request.NextToken, (items, next) => new DescribeChangeSetResponse
        {
            Status = ChangeSet.Status,
            StatusReason = ChangeSet.StatusReason,
            ExecutionStatus = ChangeSet.ExecutionStatus,
            StackId = ChangeSet.StackId,
            Changes = items,
            NextToken = next,
        })));

    public override Task<ExecuteChangeSetResponse> ExecuteChangeSetAsync(ExecuteChangeSetRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        Calls.Add("ExecuteChangeSet");
        List<Stack?> next = [.. AfterExecute?.Invoke() ?? Timeline];
        if (ExecuteChangeSetError is { } error)
        {
            return Task.FromException<ExecuteChangeSetResponse>(error);
        }

        Play([.. next]);
        return Task.FromResult(new ExecuteChangeSetResponse());
    }

    public override Task<DeleteChangeSetResponse> DeleteChangeSetAsync(DeleteChangeSetRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        DeletedChangeSets.Add(request.ChangeSetName!);
        return Task.FromResult(new DeleteChangeSetResponse());
    }

    public override Task<ListChangeSetsResponse> ListChangeSetsAsync(ListChangeSetsRequest request, CancellationToken cancellationToken = default) =>
        Seen(request, Task.FromResult(Page(ChangeSetSummaries, request.NextToken, (items, next) => new ListChangeSetsResponse { Summaries = items, NextToken = next })));

    public override Task<DeleteStackResponse> DeleteStackAsync(DeleteStackRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        Calls.Add("DeleteStack");
        Play([.. AfterDelete?.Invoke() ?? [null]]);
        return Task.FromResult(new DeleteStackResponse());
    }

    public override Task<ListStackResourcesResponse> ListStackResourcesAsync(ListStackResourcesRequest request, CancellationToken cancellationToken = default) =>
        Seen(request, Task.FromResult(Page(StackResources, request.NextToken, (items, next) =>
            new ListStackResourcesResponse { StackResourceSummaries = items, NextToken = next })));

    public override Task<DetectStackDriftResponse> DetectStackDriftAsync(DetectStackDriftRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        Calls.Add("DetectStackDrift");
        return DetectDrift();
    }

    public override Task<DescribeStackDriftDetectionStatusResponse> DescribeStackDriftDetectionStatusAsync(
        DescribeStackDriftDetectionStatusRequest request, CancellationToken cancellationToken = default) =>
        Seen(request, DriftStatusError is null ? Task.FromResult(DriftStatus) : Task.FromException<DescribeStackDriftDetectionStatusResponse>(DriftStatusError));

    public override Task<DescribeStackResourceDriftsResponse> DescribeStackResourceDriftsAsync(
        DescribeStackResourceDriftsRequest request, CancellationToken cancellationToken = default) =>
        Seen(request, DriftsError is null
            ? Task.FromResult(Page(Drifts, request.NextToken, (items, next) => new DescribeStackResourceDriftsResponse { StackResourceDrifts = items, NextToken = next }))
            : Task.FromException<DescribeStackResourceDriftsResponse>(DriftsError));

    private TResponse Page<TItem, TResponse>(List<TItem> all, string? token, Func<List<TItem>?, string?, TResponse> answer)
    {
        var start = token is null ? 0 : int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
        var size = PageSize > 0 ? PageSize : Math.Max(all.Count, 1);
        var items = all.Skip(start).Take(size).ToList();
        var next = start + size < all.Count ? (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return answer(items.Count == 0 && EmptyListsAsNull ? null : items, next);
    }

    private T Seen<T>(AmazonWebServiceRequest request, T response)
    {
        Requests.Add(request);
        return response;
    }
}

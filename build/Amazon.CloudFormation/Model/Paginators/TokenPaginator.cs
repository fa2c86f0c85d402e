using System.Runtime.CompilerServices;
using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

/// <summary>
/// Calls one operation page after page, passing each response's NextToken into the next request, as the SDK's
/// generated paginators do; usable once, like theirs.
/// </summary>
internal sealed class TokenPaginator<TResponse>(
    string? firstToken,
    Func<string?, CancellationToken, Task<TResponse>> call,
    Func<TResponse, string?> nextToken) : IPaginator<TResponse>
{
    private int used;

    public async IAsyncEnumerable<TResponse> PaginateAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref used, 1) != 0)
        {
            throw new InvalidOperationException("Paginator has already been consumed and cannot be reused. Please create a new instance.");
        }

        var token = firstToken;
        do
        {
            var response = await call(token, cancellationToken).ConfigureAwait(false);
            token = nextToken(response);
            cancellationToken.ThrowIfCancellationRequested();
            yield return response;
        }
        while (!string.IsNullOrEmpty(token));
    }
}

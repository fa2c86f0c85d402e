using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace Pipeline.Release;

/// <summary>
/// Publishes $LATEST as a version only when no version has its code and description yet, so an unchanged
/// redeploy publishes nothing.
/// </summary>
public sealed class VersionPublisher(IAmazonLambda lambda)
{
    public async Task<PublishedVersion> EnsureAsync(string functionName, CancellationToken cancel)
    {
        var latest = await lambda.GetFunctionConfigurationAsync(new GetFunctionConfigurationRequest { FunctionName = functionName }, cancel).ConfigureAwait(false);
        var versions = await ListAsync(lambda, functionName, cancel).ConfigureAwait(false);
        var existing = versions
            .Where(v => v.Version != "$LATEST" && v.CodeSha256 == latest.CodeSha256 && v.Description == latest.Description)
            .MaxBy(v => VersionNumber(v.Version));
        if (existing is not null)
        {
            return new PublishedVersion(existing.Version!, false, existing.CodeSha256 ?? string.Empty);
        }

        // CodeSha256 makes Lambda refuse to publish if $LATEST changed since it was read.
        var published = await lambda.PublishVersionAsync(
            new PublishVersionRequest { FunctionName = functionName, CodeSha256 = latest.CodeSha256, Description = latest.Description }, cancel).ConfigureAwait(false);
        return new PublishedVersion(published.Version!, true, published.CodeSha256 ?? string.Empty);
    }

    public static async Task<IReadOnlyList<FunctionConfiguration>> ListAsync(IAmazonLambda lambda, string functionName, CancellationToken cancel)
    {
        var all = new List<FunctionConfiguration>();
        string? marker = null;
        do
        {
            var page = await lambda.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = functionName, Marker = marker }, cancel).ConfigureAwait(false);
            all.AddRange(page.Versions ?? []);
            marker = page.NextMarker;
        }
        while (!string.IsNullOrEmpty(marker));

        return all;
    }

    public static long VersionNumber(string? version) => long.TryParse(version, out var number) ? number : -1;
}

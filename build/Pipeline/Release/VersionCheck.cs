using System.Text;
using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace Pipeline.Release;

/// <summary>
/// The post-deploy check: the new version, called by its number, answers the service's sample event before the
/// alias sends it any caller's request. Through the alias, a 10 % canary would reach it one call in ten, and a
/// failure found there would already have reached callers.
/// </summary>
public sealed class VersionCheck(IAmazonLambda lambda, bool canInvoke, Action<string> log)
{
    public const string NoRuntime =
        "Post-deploy check: the local emulator has no Lambda runtime (without Docker, moto answers every invoke with an error and never runs the code), " +
        "so version {0} is not invoked here; the package smoke test before upload stands in.";

    /// <exception cref="ReleaseException">The function reported an error or the call did not reach it.</exception>
    public async Task RunAsync(string functionName, string alias, string version, string sampleEvent, CancellationToken cancel)
    {
        if (!canInvoke)
        {
            log(string.Format(System.Globalization.CultureInfo.InvariantCulture, NoRuntime, version));
            return;
        }

        if (await AliasReader.ReadAsync(lambda, functionName, alias, cancel).ConfigureAwait(false) is { } current && current.Version == version && current.Weights.Count == 0)
        {
            log($"Post-deploy check: alias '{alias}' already serves version {version} alone; nothing new to call.");
            return;
        }

        var response = await lambda.InvokeAsync(new InvokeRequest { FunctionName = functionName, Qualifier = version, Payload = sampleEvent }, cancel).ConfigureAwait(false);
        var answer = Shorten(response.Payload is null ? string.Empty : Encoding.UTF8.GetString(response.Payload.ToArray()));
        if (response.FunctionError is not null || response.StatusCode is < 200 or > 299)
        {
            throw new ReleaseException(
                $"Post-deploy check: version {version} of {functionName} answered the sample event with an error ({response.FunctionError ?? "status " + response.StatusCode}): {answer}. " +
                $"No traffic was moved to it: alias '{alias}' serves what it served before. Fix the function, then deploy again.");
        }

        log($"Post-deploy check: version {version} answered the sample event with {answer}");
    }

    private static string Shorten(string text)
    {
        var flat = text.Replace('\n', ' ').Replace('\r', ' ');
        return flat.Length <= 160 ? flat : flat[..160] + "…";
    }
}

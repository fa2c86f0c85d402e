using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace Pipeline.Release;

public static class AliasReader
{
    /// <summary>The alias, or null when the function has none by that name yet.</summary>
    public static async Task<AliasState?> ReadAsync(IAmazonLambda lambda, string functionName, string alias, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        try
        {
            var found = await lambda.GetAliasAsync(new GetAliasRequest { FunctionName = functionName, Name = alias }, cancel).ConfigureAwait(false);
            return new AliasState(
                found.FunctionVersion ?? string.Empty,
                found.RoutingConfig?.AdditionalVersionWeights ?? new Dictionary<string, double>(),
                found.Description);
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }
}

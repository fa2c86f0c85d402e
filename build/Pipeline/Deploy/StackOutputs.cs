using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;

namespace Pipeline.Deploy;

/// <summary>The stack's Outputs, or its resources' physical ids when it reports none.</summary>
internal static class StackOutputs
{
    public static async Task<(IReadOnlyDictionary<string, string> Values, OutputSource Source)> CollectAsync(
        IAmazonCloudFormation cloudFormation, Stack stack, IStackDeploySink sink, CancellationToken cancel)
    {
        if (stack.Outputs is { Count: > 0 } outputs)
        {
            return (outputs.ToDictionary(o => o.OutputKey ?? string.Empty, o => o.OutputValue ?? string.Empty), OutputSource.StackOutputs);
        }

        var resources = new Dictionary<string, string>();
        string? token = null;
        do
        {
            var page = await cloudFormation.ListStackResourcesAsync(
                new ListStackResourcesRequest { StackName = stack.StackId, NextToken = token }, cancel).ConfigureAwait(false);
            foreach (var resource in page.StackResourceSummaries ?? [])
            {
                resources[resource.LogicalResourceId ?? string.Empty] = resource.PhysicalResourceId ?? string.Empty;
            }

            token = page.NextToken;
        }
        while (!string.IsNullOrEmpty(token));

        if (resources.Count == 0)
        {
            return (resources, OutputSource.None);
        }

        sink.Warning($"Stack {stack.StackName} reported no Outputs (moto omits them for stacks made from change sets); " +
                     "using its resources' physical ids by logical id instead.");
        return (resources, OutputSource.Resources);
    }
}

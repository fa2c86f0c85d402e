using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;

namespace Pipeline.Deploy;

/// <summary>Reads one stack, treating "does not exist" and DELETE_COMPLETE alike as no stack.</summary>
internal static class StackLookup
{
    public static async Task<Stack?> FindAsync(IAmazonCloudFormation cloudFormation, string stackNameOrId, CancellationToken cancel)
    {
        try
        {
            var response = await cloudFormation.DescribeStacksAsync(new DescribeStacksRequest { StackName = stackNameOrId }, cancel)
                .ConfigureAwait(false);
            var stack = response.Stacks?.FirstOrDefault();
            return stack?.StackStatus?.Value == StackStates.DeleteComplete ? null : stack;
        }
        catch (AmazonCloudFormationException e) when (IsMissing(e))
        {
            return null;
        }
    }

    public static bool IsMissing(AmazonCloudFormationException e) =>
        e.ErrorCode == "ValidationError" && e.Message.Contains("does not exist", StringComparison.OrdinalIgnoreCase);
}

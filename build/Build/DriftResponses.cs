namespace Build;

/// <summary>The one rule both drift checks (the stack's and Terraform's) follow.</summary>
public static class DriftResponses
{
    public static DriftResponse For(int driftedResources, bool stopOnDrift)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(driftedResources);
        if (driftedResources == 0)
        {
            return DriftResponse.None;
        }

        return stopOnDrift ? DriftResponse.Stop : DriftResponse.Warn;
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;
using Amazon.Runtime;

namespace Pipeline.Deploy;

/// <summary>Runs drift detection on a stack and lists the resources that were modified or deleted outside it.</summary>
internal sealed partial class DriftDetector(IAmazonCloudFormation cloudFormation, StackPoller poller, StackDeployerOptions options)
{
    public async Task<DriftOutcome> DetectAsync(string stackName, CancellationToken cancel)
    {
        if (await StackLookup.FindAsync(cloudFormation, stackName, cancel).ConfigureAwait(false) is null)
        {
            return NoStack(stackName);
        }

        string detectionId;
        try
        {
            var started = await cloudFormation.DetectStackDriftAsync(new DetectStackDriftRequest { StackName = stackName }, cancel).ConfigureAwait(false);
            detectionId = started.StackDriftDetectionId!;
        }
        catch (AmazonServiceException e) when (IsUnsupported(e))
        {
            return new DriftOutcome(DriftCheckStatus.NotSupported, stackName,
                $"Drift detection is not supported by this endpoint ({(int)e.StatusCode} {e.ErrorCode}); this says nothing about the stack. " +
                "Run it against real AWS to check drift.");
        }
        catch (AmazonCloudFormationException e) when (StackLookup.IsMissing(e))
        {
            return NoStack(stackName);
        }
        catch (AmazonServiceException e) when (IsAccessDenied(e))
        {
            return Denied(stackName, $"cloudformation:DetectStackDrift on stack {stackName}", e.Message);
        }

        DescribeStackDriftDetectionStatusResponse status;
        try
        {
            status = await poller.PollAsync(
                () => cloudFormation.DescribeStackDriftDetectionStatusAsync(
                    new DescribeStackDriftDetectionStatusRequest { StackDriftDetectionId = detectionId }, cancel),
                s => s.DetectionStatus?.Value != StackDriftDetectionStatus.DETECTION_IN_PROGRESS.Value,
                options.DriftTimeout,
                cancel).ConfigureAwait(false);
        }
        catch (AmazonServiceException e) when (IsAccessDenied(e))
        {
            return Denied(stackName, "cloudformation:DescribeStackDriftDetectionStatus on Resource \"*\" (it takes a detection id, not a stack)", e.Message);
        }

        if (status.DetectionStatus?.Value != StackDriftDetectionStatus.DETECTION_COMPLETE.Value)
        {
            // Detection reads each resource with the caller's permissions; a missing read permission fails it.
            if (NotAuthorized().Match(status.DetectionStatusReason ?? string.Empty) is { Success: true } missing)
            {
                return Denied(stackName, $"{missing.Groups["action"].Value} (drift detection reads the stack's resources with the caller's permissions)", status.DetectionStatusReason!);
            }

            return new DriftOutcome(DriftCheckStatus.Failed, stackName,
                $"Drift detection for {stackName} ended {status.DetectionStatus?.Value}: {status.DetectionStatusReason}. Check the stack's resources and run it again.");
        }

        List<DriftedResource> drifted;
        try
        {
            drifted = await DriftedResourcesAsync(stackName, cancel).ConfigureAwait(false);
        }
        catch (AmazonServiceException e) when (IsAccessDenied(e))
        {
            return Denied(stackName, $"cloudformation:DescribeStackResourceDrifts on stack {stackName}", e.Message);
        }

        return drifted.Count == 0
            ? new DriftOutcome(DriftCheckStatus.InSync, stackName, $"Stack {stackName} matches its template.")
            : new DriftOutcome(DriftCheckStatus.Drifted, stackName,
                $"Stack {stackName} has drifted in {drifted.Count} resource(s): {string.Join(", ", drifted.Select(d => d.LogicalId))}. " +
                "Redeploy to restore the template's settings, or bring the change into the template.")
            {
                DriftedResources = drifted,
            };
    }

    private static DriftOutcome Denied(string stackName, string permission, string awsMessage) =>
        new(DriftCheckStatus.AccessDenied, stackName,
            $"Drift detection on {stackName} was refused: the deploying role lacks {permission}. Grant it to the deploy role " +
            $"(infra/modules/runtime-access); until then drift is not checked, which says nothing about the stack. AWS said: {awsMessage}");

    internal static bool IsAccessDenied(AmazonServiceException e) =>
        e.ErrorCode is "AccessDenied" or "AccessDeniedException" || e.StatusCode == HttpStatusCode.Forbidden;

    [GeneratedRegex(@"not authorized to perform:? (?<action>[a-z0-9-]+:[A-Za-z0-9]+)")]
    private static partial Regex NotAuthorized();

    private static DriftOutcome NoStack(string stackName) =>
        new(DriftCheckStatus.NoStack, stackName, $"Stack {stackName} does not exist yet; nothing to check for drift.");

    // An emulator without the action answers 404/501, or a 500 with no AWS error code (moto's HTML error page).
    internal static bool IsUnsupported(AmazonServiceException e) =>
        e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.NotImplemented
        || e.ErrorCode is "InvalidAction" or "NotImplemented" or "UnknownOperationException"
        || (e.StatusCode == HttpStatusCode.InternalServerError && string.IsNullOrEmpty(e.ErrorCode));

    private async Task<List<DriftedResource>> DriftedResourcesAsync(string stackName, CancellationToken cancel)
    {
        var drifted = new List<DriftedResource>();
        string? token = null;
        do
        {
            var page = await cloudFormation.DescribeStackResourceDriftsAsync(new DescribeStackResourceDriftsRequest
            {
                StackName = stackName,
                StackResourceDriftStatusFilters = [StackResourceDriftStatus.MODIFIED.Value, StackResourceDriftStatus.DELETED.Value],
                NextToken = token,
            }, cancel).ConfigureAwait(false);
            drifted.AddRange((page.StackResourceDrifts ?? []).Select(d => new DriftedResource(
                d.LogicalResourceId ?? string.Empty,
                d.ResourceType ?? string.Empty,
                d.StackResourceDriftStatus?.Value ?? string.Empty,
                (d.PropertyDifferences ?? []).Select(p => $"{p.PropertyPath}: {p.ExpectedValue} → {p.ActualValue}").ToList())));
            token = page.NextToken;
        }
        while (!string.IsNullOrEmpty(token));

        return drifted;
    }
}

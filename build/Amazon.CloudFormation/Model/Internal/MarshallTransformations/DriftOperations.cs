namespace Amazon.CloudFormation.Model.Internal.MarshallTransformations;

internal static class DriftOperations
{
    public static readonly QueryOperation<DetectStackDriftRequest, DetectStackDriftResponse> DetectStackDrift = new(
        "DetectStackDrift",
        (q, r) =>
        {
            q.Add("StackName", r.StackName);
            q.AddStrings("LogicalResourceIds", r.LogicalResourceIds);
        },
        (x, r) => r.StackDriftDetectionId = x.Text("StackDriftDetectionId"));

    public static readonly QueryOperation<DescribeStackDriftDetectionStatusRequest, DescribeStackDriftDetectionStatusResponse>
        DescribeStackDriftDetectionStatus = new(
            "DescribeStackDriftDetectionStatus",
            (q, r) => q.Add("StackDriftDetectionId", r.StackDriftDetectionId),
            (x, r) =>
            {
                r.StackId = x.Text("StackId");
                r.StackDriftDetectionId = x.Text("StackDriftDetectionId");
                r.StackDriftStatus = x.Constant("StackDriftStatus", StackDriftStatus.FindValue);
                r.DetectionStatus = x.Constant("DetectionStatus", StackDriftDetectionStatus.FindValue);
                r.DetectionStatusReason = x.Text("DetectionStatusReason");
                r.DriftedStackResourceCount = x.Int("DriftedStackResourceCount");
                r.Timestamp = x.Date("Timestamp");
            });

    public static readonly QueryOperation<DescribeStackResourceDriftsRequest, DescribeStackResourceDriftsResponse>
        DescribeStackResourceDrifts = new(
            "DescribeStackResourceDrifts",
            (q, r) =>
            {
                q.Add("StackName", r.StackName);
                q.AddStrings("StackResourceDriftStatusFilters", r.StackResourceDriftStatusFilters);
                q.Add("NextToken", r.NextToken);
                q.Add("MaxResults", r.MaxResults);
            },
            (x, r) =>
            {
                r.StackResourceDrifts = x.List("StackResourceDrifts", ShapeReader.StackResourceDrift);
                r.NextToken = x.Text("NextToken");
            });
}

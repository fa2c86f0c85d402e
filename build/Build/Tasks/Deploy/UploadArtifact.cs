using Cake.Common.Diagnostics;
using Cake.Frosting;
using Build.Console;
using Build.Tasks.Infra;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.GitFlow;
using Pipeline.Packaging;

namespace Build.Tasks.Deploy;

[TaskName(nameof(UploadArtifact))]
[TaskDescription("Stores the package in the infrastructure account's bucket under its SHA-256 (SSE-KMS with the shared key), skipping when already stored; for prod, copies the package preprod shipped.")]
[IsDependentOn(typeof(Package.Package))]
[IsDependentOn(typeof(Package.SmokeTest))]
[IsDependentOn(typeof(ReadTerraformOutputs))]
public sealed class UploadArtifact : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var target = context.Delivery.Target;
        var bucket = new ArtifactBucket(target.ArtifactBucket, target.KmsKeyArn);
        var application = ArtifactKeys.Space(context.Config.Application, context.RunPlan.Target == PipelineTarget.DeployEphemeral);
        context.Information($"Infrastructure identity: {context.Aws.Infrastructure.Identity}");
        using var s3 = context.Aws.Infrastructure.Clients.S3(AwsIdentity.Infrastructure);
        var log = (string message) => context.Information(message);
        // A promotion is proven by content (FindPromotableArtifact): this build's bytes are the ones the earlier
        // environment runs, so they are uploaded like any other; nothing is read across environments.
        var manifest = context.Delivery.Built;
        var zip = Path.Combine(context.Paths.Package, manifest.FileName);
        context.Delivery.Stored = await UploadProgress.RunAsync(context, $"Uploading {manifest.FileName}", progress =>
            new ArtifactStore(s3, log, progress).UploadAsync(bucket, application, zip, PackageManifestFile.ToJson(manifest)));
        context.Delivery.Shipped = manifest;

        var shipped = PackageManifestFile.ToJson(context.Delivery.Shipped);
        var store = new ArtifactStore(s3, log);
        await store.RecordCommitAsync(bucket, application, context.Git.Sha, shipped);
        await store.RecordStackAsync(bucket, application, target.StackName, shipped);
        var upload = context.Delivery.Stored;
        context.Information(upload.Skipped
            ? $"{upload.Uri} already stored and verified: 0 bytes uploaded."
            : $"{upload.Uri}: {upload.BytesUploaded:N0} bytes uploaded, encryption verified (aws:kms, {bucket.KmsKeyArn}).");
    }
}

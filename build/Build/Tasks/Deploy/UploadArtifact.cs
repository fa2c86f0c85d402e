using Build.Tasks.Package;
using Cake.Common.Diagnostics;
using Cake.Frosting;
using Build.Console;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.Packaging;
using Build.Tasks.Infra;

namespace Build.Tasks.Deploy;

[TaskName(nameof(UploadArtifact))]
[TaskDescription("Uploads the package to the infrastructure account's bucket under its SHA-256 (SSE-KMS with the shared key), skipping when already stored.")]
[IsDependentOn(typeof(PackageLambda))]
[IsDependentOn(typeof(ReadTerraformOutputs))]
public sealed class UploadArtifact : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => context.Plan.Deploys;

    public override async Task RunAsync(BuildContext context)
    {
        var manifest = context.Package!;
        var target = context.Deployment!;
        var bucket = new ArtifactBucket(target.ArtifactBucket, target.KmsKeyArn);
        var zip = Path.Combine(context.Paths.Package, manifest.FileName);
        context.Information($"Infrastructure identity: {context.Aws!.Identity}");
        using var s3 = context.Aws.Clients.S3(AwsIdentity.Infrastructure);
        context.Upload = await UploadProgress.RunAsync(context, $"Uploading {manifest.FileName}", progress =>
            new ArtifactStore(s3, message => context.Information(message), progress)
                .UploadAsync(bucket, manifest.Application, zip, PackageManifestFile.ToJson(manifest)));
        var upload = context.Upload;
        context.Information(upload.Skipped
            ? $"{upload.Uri} already stored and verified: 0 bytes uploaded."
            : $"{upload.Uri}: {upload.BytesUploaded:N0} bytes uploaded{(upload.Multipart ? " in parts" : string.Empty)}, encryption verified (aws:kms, {bucket.KmsKeyArn}).");
    }
}

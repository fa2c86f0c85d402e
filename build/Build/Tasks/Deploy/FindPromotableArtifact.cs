using Amazon.S3;
using Cake.Common.Diagnostics;
using Cake.Frosting;
using Build.Tasks.Infra;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.GitFlow;
using Pipeline.Packaging;

namespace Build.Tasks.Deploy;

[TaskName(nameof(FindPromotableArtifact))]
[TaskDescription("For prod: looks up the package preprod deployed for this commit, so prod ships those exact bytes.")]
[IsDependentOn(typeof(ReadTerraformOutputs))]
public sealed class FindPromotableArtifact : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var preprod = context.Config.EnvironmentForBranch(GitFlowBranches.Develop);
        if (preprod is null)
        {
            context.Information("No environment deploys from develop: nothing to promote; prod ships this build.");
            return;
        }

        var terraform = TerraformRun.Environment(context, preprod);
        await TerraformRun.InitAsync(context, terraform, context.Aws.Infrastructure);
        var source = TerraformRun.Resolve(context, terraform, preprod);
        var bucket = new ArtifactBucket(source.ArtifactBucket, source.KmsKeyArn);
        using var s3 = context.Aws.Infrastructure.Clients.S3(AwsIdentity.Infrastructure);
        string? json;
        try
        {
            json = await new ArtifactStore(s3, message => context.Verbose(message)).FindCommitAsync(bucket, context.Config.Application, context.Git.Sha);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.Forbidden)
        {
            context.Warning($"Cannot read {bucket} as {context.Aws.Infrastructure.Identity} ({e.ErrorCode}); prod ships this build instead. Grant the prod build role read on the preprod bucket to promote.");
            return;
        }

        if (json is null)
        {
            context.Warning($"{preprod.Name} has no package for commit {context.Git.ShortSha}: prod ships the package built by this run.");
            return;
        }

        var manifest = PackageManifestFile.FromJson(json, $"{bucket}/{ArtifactKeys.Commit(context.Config.Application, context.Git.Sha)}");
        context.Delivery.Promotion = new Promotion(preprod.Name, bucket, manifest);
        context.Information($"Promoting what {preprod.Name} deployed for {context.Git.ShortSha}: {manifest.FileName} ({manifest.Version}), sha256 {manifest.Sha256}.");
    }
}

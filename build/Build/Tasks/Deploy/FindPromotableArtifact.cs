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
[TaskDescription("For prod: proves by content (SHA-256, or the same source tree) that this build is what preprod's stack runs, from its stack record in preprod's bucket; no preprod state is read.")]
[IsDependentOn(typeof(ReadTerraformOutputs))]
public sealed class FindPromotableArtifact : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var preprod = context.Config.EnvironmentForBranch(GitFlowBranches.Develop);
        if (preprod is null)
        {
            Report(context, PromotionCheck.NoEarlierEnvironment(GitFlowBranches.Develop));
            return;
        }

        // The bucket's name follows from pipeline.json; reading preprod's Terraform state is not needed (nor allowed).
        var bucket = TerraformRun.Environment(context, preprod).ArtifactBucket;
        var key = ArtifactKeys.Stack(context.Config.Application, preprod.StackName);
        using var s3 = context.Aws.Infrastructure.Clients.S3(AwsIdentity.Infrastructure);
        PackageManifest? running;
        try
        {
            using var response = await s3.GetObjectAsync(bucket, key);
            using var reader = new StreamReader(response.ResponseStream);
            running = PackageManifestFile.FromJson(await reader.ReadToEndAsync(), $"s3://{bucket}/{key}");
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            running = null;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.Forbidden)
        {
            Report(context, PromotionCheck.Unreadable($"s3://{bucket}/{key}", $"{context.Aws.Infrastructure.Identity}", e.ErrorCode));
            return;
        }

        var sameTree = running is null ? null : await new SourceTree(new Pipeline.Processes.ProcessRunner(), context.Paths.Root).EqualsHeadAsync(running.Commit);
        var check = PromotionCheck.Decide(context.Delivery.Built, running, sameTree, preprod);
        context.Delivery.Promotion = check.Promotion;
        Report(context, check);
    }

    private static void Report(BuildContext context, PromotionCheck check)
    {
        if (check.Warn)
        {
            context.Warning(check.Message);
        }
        else
        {
            context.Information(check.Message);
        }
    }
}

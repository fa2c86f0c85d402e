using Cake.Common.Diagnostics;
using Cake.Frosting;
using Pipeline.Packaging;
using Pipeline.Processes;

namespace Build.Tasks.Package;

[TaskName(nameof(Package))]
[TaskDescription("Publishes the Lambda for linux-x64 and zips it deterministically; writes artifacts/package/manifest.json.")]
[IsDependentOn(typeof(Test.Test))]
public sealed class Package : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var publish = new PublishCommand(context.Paths.Root, context.Config.FullPath(context.Config.Service.Project), context.Version.SemVer, context.Git.ShortSha)
        {
            Configuration = context.Options.Configuration,
        };
        var elapsed = await new DotnetPublisher(new ProcessRunner()).PublishAsync(publish);
        context.Verbose($"Published {publish.ProjectName} in {elapsed.TotalSeconds:0.0} s");

        var manifest = PackageBuilder.Build(new PackageRequest(
            publish.OutputDirectory, context.Paths.Package, context.Config.Application,
            context.Version.SemVer, context.Git.ShortSha, context.Input.Branch, context.BuildId));
        context.Delivery.Built = manifest;
        context.Information($"{manifest.FileName}: {manifest.SizeBytes:N0} bytes, sha256 {manifest.Sha256}");
    }
}

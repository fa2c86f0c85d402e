using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Configuration;
using Pipeline.Permissions;

namespace Build.Tasks.Targets;

[TaskName(nameof(Permissions))]
[TaskDescription("Proves every AWS request the pipeline makes against the policies Terraform renders (iam-simulate) and writes docs/permissions.md.")]
public sealed class Permissions : AsyncFrostingTask<BuildContext>
{
    public static string DocumentPath(BuildContext context) => Path.Combine(context.Paths.Root, "docs", "permissions.md");

    public override async Task RunAsync(BuildContext context)
    {
        var scratch = Path.Combine(context.Paths.Artifacts, "permissions");
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }

        // pipeline.json as written: the real accounts, never the local rehearsal's stand-ins.
        var config = PipelineConfigLoader.Load(context.Config.File).GetOrThrow();
        var results = await PermissionProof.RunAsync(context.Paths.Root, config, scratch, message => context.Information(message));
        var report = new PermissionReport(results);
        Directory.CreateDirectory(Path.GetDirectoryName(DocumentPath(context))!);
        await File.WriteAllTextAsync(DocumentPath(context), report.Markdown("./build.sh --target=Permissions"));
        context.Information($"Wrote {DocumentPath(context)}: {results.Count} cases, {report.Failures.Count} not as intended, {report.KnownGaps.Count} known gaps.");
        if (!report.Passed)
        {
            throw new CakeException("Permission cases not as intended (see docs/permissions.md):" + Environment.NewLine +
                string.Join(Environment.NewLine, report.Failures.Concat(report.StaleGaps).Select(PermissionReport.Row)));
        }
    }
}

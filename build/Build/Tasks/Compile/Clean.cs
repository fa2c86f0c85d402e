using Cake.Common.Diagnostics;
using Cake.Frosting;

namespace Build.Tasks.Compile;

[TaskName(nameof(Clean))]
[TaskDescription("Deletes the build's outputs under artifacts/; compiler and Terraform caches stay so a warm run stays warm.")]
public sealed class Clean : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        if (!Directory.Exists(context.Paths.Artifacts))
        {
            return;
        }

        var kept = context.Paths.Kept.ToHashSet(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(context.Paths.Artifacts).EnumerateFileSystemInfos())
        {
            if (kept.Contains(entry.FullName))
            {
                continue;
            }

            if (entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }

            context.Verbose($"Deleted {entry.FullName}");
        }
    }
}

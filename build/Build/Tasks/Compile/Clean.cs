using Cake.Common.Diagnostics;
using Cake.Frosting;

namespace Build.Tasks.Compile;

[TaskName(nameof(Clean))]
[TaskDescription("Deletes the build's outputs under artifacts/; compiler and Terraform caches stay so a warm run stays warm.")]
public sealed class Clean : FrostingTask<BuildContext>
{
    // Caches, not outputs: the build host, incremental obj/bin of the service, Terraform's data folders.
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "build-host", "dotnet", "terraform" };

    public override void Run(BuildContext context)
    {
        if (!Directory.Exists(context.Paths.Artifacts))
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(context.Paths.Artifacts).EnumerateFileSystemInfos())
        {
            if (Kept.Contains(entry.Name))
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

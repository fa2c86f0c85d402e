using Cake.Common.Diagnostics;
using Cake.Frosting;

namespace Build.Tasks.Compile;

[TaskName(nameof(Clean))]
[TaskDescription("Deletes everything the build wrote under artifacts/ (the compiled build host stays).")]
public sealed class Clean : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        if (!Directory.Exists(context.Paths.Artifacts))
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(context.Paths.Artifacts).EnumerateFileSystemInfos())
        {
            if (entry.FullName == context.Paths.BuildHost)
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

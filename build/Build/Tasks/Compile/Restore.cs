using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Restore;
using Cake.Frosting;

namespace Build.Tasks.Compile;

[TaskName(nameof(Restore))]
[TaskDescription("Restores the service's NuGet packages.")]
[IsDependentOn(typeof(Clean))]
public sealed class Restore : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        foreach (var project in ServiceProjects.Covering(context, "restored"))
        {
            context.DotNetRestore(project, new DotNetRestoreSettings
            {
                ArgumentCustomization = ServiceProjects.ArtifactsPath(context),
            });
        }
    }
}

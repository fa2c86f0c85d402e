using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Build;
using Cake.Frosting;

namespace Build.Tasks.Compile;

[TaskName(nameof(Build))]
[TaskDescription("Compiles the service and its tests in Release, warnings as errors, versioned from git.")]
[IsDependentOn(typeof(Restore))]
public sealed class Build : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        foreach (var project in ServiceProjects.Covering(context, "built"))
        {
            context.DotNetBuild(project, new DotNetBuildSettings
            {
                Configuration = context.Options.Configuration,
                NoRestore = true,
                MSBuildSettings = ServiceProjects.MSBuild(context),
                ArgumentCustomization = ServiceProjects.ArtifactsPath(context),
            });
        }
    }
}

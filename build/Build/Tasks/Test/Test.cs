using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using DirectoryPath = Cake.Core.IO.DirectoryPath;
using Cake.Frosting;

namespace Build.Tasks.Test;

[TaskName(nameof(Test))]
[TaskDescription("Runs the service's NUnit tests: JUnit XML in artifacts/test-results, Cobertura coverage in artifacts/coverage.")]
[IsDependentOn(typeof(Compile.Build))]
public sealed class Test : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        foreach (var project in context.Config.Service.Tests.Select(context.Config.FullPath))
        {
            var name = Path.GetFileNameWithoutExtension(project);
            context.DotNetTest(project, new DotNetTestSettings
            {
                Configuration = context.Options.Configuration,
                NoBuild = true,
                NoRestore = true,
                MSBuildSettings = ServiceProjects.MSBuild(context),
                ArgumentCustomization = ServiceProjects.ArtifactsPath(context),
                Loggers = [$"junit;LogFilePath={Path.Combine(context.Paths.TestResults, name + ".xml")}"],
                Collectors = ["XPlat Code Coverage;Format=cobertura"],
                ResultsDirectory = new DirectoryPath(Path.Combine(context.Paths.Coverage, name)),
            });
        }
    }
}

using Cake.Common.Diagnostics;
using Cake.Common.Tools.DotNet.MSBuild;
using Cake.Core;
using Pipeline.Incremental;
using ProcessArgumentBuilder = Cake.Core.IO.ProcessArgumentBuilder;

namespace Build;

/// <summary>The service's projects and the MSBuild properties every compile of them shares.</summary>
public static class ServiceProjects
{
    public static IEnumerable<string> All(BuildContext context) =>
        context.Config.Service.Tests.Prepend(context.Config.Service.Project).Select(context.Config.FullPath);

    /// <summary>
    /// The projects Restore and Build call dotnet for: a project another one references is restored and built
    /// through it, once, and the log says which.
    /// </summary>
    public static IEnumerable<string> Covering(BuildContext context, string verb)
    {
        foreach (var (project, coveredBy) in CoveringProjects.Of(All(context)))
        {
            if (coveredBy is null)
            {
                yield return project;
            }
            else
            {
                context.Information($"{Relative(context, project)} is {verb} through {Relative(context, coveredBy)}, which references it.");
            }
        }
    }

    private static string Relative(BuildContext context, string path) => Path.GetRelativePath(context.Paths.Root, path);

    public static DotNetMSBuildSettings MSBuild(BuildContext context) => new DotNetMSBuildSettings
    {
        TreatAllWarningsAs = MSBuildTreatAllWarningsAs.Error,
    }
        .WithProperty("Version", context.Version.SemVer)
        .WithProperty("AssemblyVersion", context.Version.AssemblyVersion)
        .WithProperty("FileVersion", context.Version.FileVersion)
        .WithProperty("InformationalVersion", context.Version.InformationalVersion)
        .WithProperty("IncludeSourceRevisionInInformationalVersion", "false")
        .WithProperty("ContinuousIntegrationBuild", "true");

    /// <summary>
    /// bin/ and obj/ of the service go under artifacts/ too, so the build writes nothing beside the sources. The CLI
    /// option, not the MSBuild property: `dotnet restore` refuses ArtifactsPath given as a property.
    /// </summary>
    public static Func<ProcessArgumentBuilder, ProcessArgumentBuilder> ArtifactsPath(BuildContext context) =>
        arguments => arguments.Append("--artifacts-path").AppendQuoted(context.Paths.DotnetArtifacts);
}

using Cake.Core;
using Cake.Core.Packaging;
using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests.Scenarios;

[TaskName("Default")]
internal sealed class FindsInstalledTool : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) =>
        context.Journal.Add($"resolved:{context.Tools.Resolve("lint-tool")?.FullPath ?? "nothing"}");
}

/// <summary>Receives the package installers the host registered, as any task can through its constructor.</summary>
[TaskName("Default")]
internal sealed class ListsInstallers(IEnumerable<IPackageInstaller> installers) : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context)
    {
        foreach (var uri in new[] { "nuget:?package=xunit.runner.console", "dotnet:?package=dotnet-reportgenerator-globaltool" })
        {
            var reference = new PackageReference(uri);
            context.Journal.Add($"{reference.Scheme}:{installers.Any(installer => installer.CanInstall(reference, PackageType.Tool))}");
        }
    }
}

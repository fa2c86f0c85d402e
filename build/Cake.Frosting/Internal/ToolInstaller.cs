using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.Packaging;
using Cake.Core.Tooling;

namespace Cake.Frosting.Internal;

/// <summary>Installs into the configured tools folder (./tools unless UseToolPath says otherwise) and registers the files it got.</summary>
internal sealed class ToolInstaller(
    ICakeEnvironment environment,
    IToolLocator locator,
    ICakeConfiguration configuration,
    ICakeLog log,
    IEnumerable<IPackageInstaller> installers) : IToolInstaller
{
    public void Install(PackageReference tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var root = configuration.GetToolPath(".", environment);
        var installer = installers.FirstOrDefault(candidate => candidate.CanInstall(tool, PackageType.Tool))
            ?? throw new FrostingException($"Could not find an installer for the '{tool.Scheme}' scheme.");

        log.Debug("Installing tool '{0}'...", tool.Package);
        var files = installer.Install(tool, PackageType.Tool, root);
        if (files.Count == 0)
        {
            throw new FrostingException($"Failed to install tool '{tool.Package}'.");
        }

        foreach (var file in files)
        {
            locator.RegisterFile(file.Path);
        }
    }
}

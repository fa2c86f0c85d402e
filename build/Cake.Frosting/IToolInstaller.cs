using Cake.Core.Packaging;

namespace Cake.Frosting;

/// <summary>Installs a tool registered with UseTool/InstallTool through the first package installer that accepts its scheme.</summary>
public interface IToolInstaller
{
    void Install(PackageReference tool);
}

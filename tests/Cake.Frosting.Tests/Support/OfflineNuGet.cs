using Cake.Core.IO;
using Cake.Core.Packaging;

namespace Cake.Frosting.Tests.Support;

/// <summary>Stands in for NuGet's installer so a test needs no network: records the request and writes the tool's file.</summary>
internal sealed class OfflineNuGet(Journal journal) : IPackageInstaller
{
    public bool CanInstall(PackageReference package, PackageType type) => package.Scheme == "nuget";

    public IReadOnlyCollection<IFile> Install(PackageReference package, PackageType type, DirectoryPath path)
    {
        journal.Add($"install:{package.Package}:{type}:{path.FullPath}");
        var tool = path.Combine(package.Package).CombineWithFilePath(package.Package + ".exe");
        Directory.CreateDirectory(tool.GetDirectory().FullPath);
        File.WriteAllText(tool.FullPath, string.Empty);
        return [new FileSystem().GetFile(tool)];
    }
}

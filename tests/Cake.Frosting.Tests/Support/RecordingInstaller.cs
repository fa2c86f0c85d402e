using Cake.Core.IO;
using Cake.Core.Packaging;

namespace Cake.Frosting.Tests.Support;

/// <summary>Installs "recorded:" tools by writing an empty executable file under the tools folder it is given.</summary>
internal sealed class RecordingInstaller(Journal journal) : IPackageInstaller
{
    public bool CanInstall(PackageReference package, PackageType type) => package.Scheme == "recorded" && type == PackageType.Tool;

    public IReadOnlyCollection<IFile> Install(PackageReference package, PackageType type, DirectoryPath path)
    {
        journal.Add($"install:{package.Package}:{path.FullPath}");
        var folder = path.Combine(package.Package);
        Directory.CreateDirectory(folder.FullPath);
        var tool = folder.CombineWithFilePath(package.Package);
        File.WriteAllText(tool.FullPath, string.Empty);
        return [new FileSystem().GetFile(tool)];
    }
}

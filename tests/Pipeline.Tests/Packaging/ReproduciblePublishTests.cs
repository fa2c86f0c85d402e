using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.Loader;
using System.Text.Json;
using Pipeline.Packaging;
using Pipeline.Processes;

namespace Pipeline.Tests.Packaging;

/// <summary>
/// Two copies of the service in different folders (different names and depths) publish to byte-identical zips:
/// what the content-addressed S3 key relies on.
/// </summary>
[Category("Integration")]
public class ReproduciblePublishTests
{
    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json"];

    [Test]
    [CancelAfter(600_000)]
    public async Task Two_clones_in_different_folders_give_the_same_zip(CancellationToken cancel)
    {
        var source = RepositoryRoot.Find();
        using var temp = new TempFolder();
        var first = await PublishAndPackAsync(source, temp.Combine("a"), cancel);
        var second = await PublishAndPackAsync(source, temp.Combine("second", "clone-with-longer-name"), cancel);

        Assert.That(second.Manifest.Sha256, Is.EqualTo(first.Manifest.Sha256), "the same commit must give the same zip");
        Assert.That(second.Manifest.SizeBytes, Is.EqualTo(first.Manifest.SizeBytes));
        var names = ZipAssert.Entries(File.ReadAllBytes(first.ZipPath)).Select(entry => entry.FullName);
        Assert.That(names, Is.EqualTo(new[] { "Service.deps.json", "Service.dll", "Service.runtimeconfig.json" }));
    }

    [Test]
    [CancelAfter(600_000)]
    public async Task Published_handler_reports_the_stamped_version(CancellationToken cancel)
    {
        var source = RepositoryRoot.Find();
        using var temp = new TempFolder();
        var published = await PublishAndPackAsync(source, temp.Combine("clone"), cancel);
        var extracted = temp.Combine("extracted");
        ZipFile.ExtractToDirectory(published.ZipPath, extracted);
        var assembly = Path.Combine(extracted, "Service.dll");

        Assert.That(FileVersionInfo.GetVersionInfo(assembly).ProductVersion, Is.EqualTo("1.4.0-alpha.12+abc1234"));
        using var reply = JsonDocument.Parse(await InvokeVersionAsync(assembly));
        using var body = JsonDocument.Parse(reply.RootElement.GetProperty("body").GetString()!);
        Assert.That(body.RootElement.GetProperty("version").GetString(), Is.EqualTo("1.4.0-alpha.12"));
        Assert.That(body.RootElement.GetProperty("commit").GetString(), Is.EqualTo("abc1234"));
    }

    private static async Task<(PackageManifest Manifest, string ZipPath)> PublishAndPackAsync(string source, string clone, CancellationToken cancel)
    {
        CopyClone(source, clone);
        var command = new PublishCommand(clone, "src/Service/Service.csproj", "1.4.0-alpha.12", "abc1234");
        var elapsed = await new DotnetPublisher(new ProcessRunner()).PublishAsync(command, cancel);
        TestContext.Out.WriteLine($"dotnet {string.Join(' ', command.Arguments())}\n  took {elapsed.TotalSeconds:F1}s");
        var request = new PackageRequest(
            command.OutputDirectory, Path.Combine(clone, "artifacts", "package"), "Service", "1.4.0-alpha.12", "abc1234", "develop", "test");
        return (PackageBuilder.Build(request), request.ZipPath);
    }

    private static void CopyClone(string source, string clone)
    {
        foreach (var file in RootFiles)
        {
            Directory.CreateDirectory(clone);
            File.Copy(Path.Combine(source, file), Path.Combine(clone, file));
        }

        var project = Path.Combine(source, "src", "Service");
        foreach (var file in Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(project, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(clone, "src", "Service", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task<string> InvokeVersionAsync(string assemblyPath)
    {
        var context = new AssemblyLoadContext("published-service", isCollectible: true);
        try
        {
            var type = context.LoadFromAssemblyPath(assemblyPath).GetType("Service.Function", throwOnError: true)!;
            var handler = type.GetMethod("HandleAsync", [typeof(Stream)])!;
            var input = new MemoryStream("""{"httpMethod":"GET","path":"/version"}"""u8.ToArray());
            var output = await (Task<Stream>)handler.Invoke(Activator.CreateInstance(type), [input])!;
            using var reader = new StreamReader(output);
            return await reader.ReadToEndAsync();
        }
        finally
        {
            context.Unload();
        }
    }
}

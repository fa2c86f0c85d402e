using System.Text.Json.Nodes;
using Build.Tests.Robustness;

namespace Build.Tests.Rehearsal;

/// <summary>
/// A copy of the service (with the repository's build props, so it compiles the same way) that a test may change,
/// and a pipeline.json that packages it and releases preprod as a canary with a test-sized bake.
/// </summary>
internal static class ScratchService
{
    public const string Canary = """{ "traffic": "canary", "percent": 10, "minutes": 0.25, "pollSeconds": 1 }""";

    /// <summary>Returns the pipeline file to pass as --config.</summary>
    public static string Create(string scratch)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
        {
            File.Copy(Path.Combine(RepositoryConfig.Root, file), Path.Combine(scratch, file));
        }

        var source = Path.Combine(RepositoryConfig.Root, "src", "Service");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            var copy = Path.Combine(scratch, "Service", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var config = ScratchFolder.RepositoryPipeline();
        config["service"]!["project"] = Path.Combine(scratch, "Service", "Service.csproj");
        config["environments"]!["preprod"]!["release"] = JsonNode.Parse(Canary);
        var configFile = Path.Combine(scratch, "pipeline.json");
        File.WriteAllText(configFile, config.ToJsonString());
        return configFile;
    }

    /// <summary>A real change to the compiled code: a response text the handler returns.</summary>
    public static void ChangeCode(string scratch)
    {
        var function = Path.Combine(scratch, "Service", "Function.cs");
        const string Before = "The event is empty; send an API Gateway proxy event.";
        var text = File.ReadAllText(function);
        Assert.That(text, Does.Contain(Before), "the service changed: pick another text to edit");
        File.WriteAllText(function, text.Replace(Before, "The event is empty: send an API Gateway proxy event.", StringComparison.Ordinal));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Build.Tests.Robustness;

/// <summary>A case's temporary folder: the pipeline file it runs with, and a PATH without some tools.</summary>
internal sealed class ScratchFolder : IDisposable
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public ScratchFolder(Uri moto)
    {
        Path = Directory.CreateTempSubdirectory("bad-input-").FullName;
        Moto = moto.ToString().TrimEnd('/');
    }

    public string Path { get; }

    public string Moto { get; }

    public string ConfigFile => System.IO.Path.Combine(Path, "pipeline.json");

    public string Expand(string text) => text
        .Replace("{moto}", Moto, StringComparison.Ordinal)
        .Replace("{config}", ConfigFile, StringComparison.Ordinal)
        .Replace("{dir}", Path, StringComparison.Ordinal)
        .Replace("{repo}", RepositoryConfig.Root, StringComparison.Ordinal);

    /// <summary>
    /// The repository's pipeline.json with its paths made absolute: the loader resolves relative paths against the
    /// pipeline file's own folder, and this copy lives outside the repository.
    /// </summary>
    public static JsonObject RepositoryPipeline()
    {
        var json = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(RepositoryConfig.Root, "pipeline.json")), documentOptions: Lenient)!.AsObject();
        json["template"] = Absolute(json["template"]);
        var service = json["service"]!.AsObject();
        service["project"] = Absolute(service["project"]);
        service["tests"] = new JsonArray(service["tests"]!.AsArray().Select(test => (JsonNode?)Absolute(test)).ToArray());
        if (service["smokeEvent"] is { } smokeEvent)
        {
            service["smokeEvent"] = Absolute(smokeEvent);
        }

        foreach (var (_, environment) in json["environments"]!.AsObject())
        {
            environment!["terraform"] = Absolute(environment["terraform"]);
        }

        return json;
    }

    public void WriteConfig(string text) => File.WriteAllText(ConfigFile, Expand(text));

    /// <summary>
    /// PATH with each folder that holds one of <paramref name="tools"/> replaced by a folder of links to everything
    /// else in it, so the rest (dotnet, bash, git) still resolves.
    /// </summary>
    public string PathWithout(IReadOnlyCollection<string> tools)
    {
        var entries = new List<string>();
        foreach (var folder in (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator))
        {
            if (!tools.Any(tool => File.Exists(System.IO.Path.Combine(folder, tool))))
            {
                entries.Add(folder);
                continue;
            }

            var shadow = Directory.CreateDirectory(System.IO.Path.Combine(Path, $"path-{entries.Count}")).FullName;
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(entry => !tools.Contains(System.IO.Path.GetFileName(entry))))
            {
                File.CreateSymbolicLink(System.IO.Path.Combine(shadow, System.IO.Path.GetFileName(entry)), entry);
            }

            entries.Add(shadow);
        }

        return string.Join(System.IO.Path.PathSeparator, entries);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static JsonValue Absolute(JsonNode? relative) =>
        JsonValue.Create(System.IO.Path.Combine(RepositoryConfig.Root, relative!.GetValue<string>()));
}

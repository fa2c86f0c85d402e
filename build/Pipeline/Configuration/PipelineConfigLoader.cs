using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Configuration;

/// <summary>
/// Reads and validates pipeline.json before anything touches AWS. Every problem is reported at once,
/// each naming the file, the key path and the fix.
/// </summary>
public static partial class PipelineConfigLoader
{
    public const string DefaultFileName = "pipeline.json";

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ConfigLoadResult Load(string path)
    {
        var file = Path.GetFullPath(path);
        if (!System.IO.File.Exists(file))
        {
            return new ConfigLoadResult(null, [new ConfigError(file, string.Empty, "the file does not exist.",
                $"Create {DefaultFileName} at the repository root (see the README), or pass the right file with --config=<path>.")]);
        }

        return Parse(System.IO.File.ReadAllText(file), file, Path.GetDirectoryName(file)!);
    }

    /// <summary>Validates JSON text; <paramref name="rootDirectory"/> is where relative paths (template, terraform) are checked.</summary>
    public static ConfigLoadResult Parse(string json, string file, string rootDirectory)
    {
        var sink = new ConfigErrorSink(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var where = $"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}";
            sink.Add(string.Empty, $"invalid JSON at {where}: {FirstSentence(e.Message)}",
                $"Fix the JSON syntax at {where} (a missing comma, quote or brace is the usual cause).");
            return new ConfigLoadResult(null, sink.Errors);
        }

        using (document)
        {
            var config = new PipelineConfigReader(sink, rootDirectory).Read(document.RootElement, file);
            if (config is null || sink.Errors.Count > 0)
            {
                return new ConfigLoadResult(null, sink.Errors);
            }

            var contract = TemplateContract.Check(config);
            return contract.Count == 0 ? new ConfigLoadResult(config, []) : new ConfigLoadResult(null, contract);
        }
    }

    private static string FirstSentence(string message) => LineInfo().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"\s*(Path:.*)?LineNumber:.*$")]
    private static partial Regex LineInfo();
}

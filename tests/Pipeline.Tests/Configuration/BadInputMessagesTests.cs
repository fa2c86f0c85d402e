using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Tests.Configuration;

/// <summary>
/// Every bad input in BadInputMessages.txt, loaded through PipelineConfigLoader, must give exactly the errors written
/// under it, whole: the messages are the contract (file, key, what is wrong, the fix). A case is a "## title" line,
/// its edits of ConfigWorkspace.Valid (set KEY JSON, remove KEY, text JSON, file PATH, template [OLD, NEW]) and the
/// expected errors, the file shown as pipeline.json and the workspace folder as &lt;root&gt;; "(valid)" when none.
/// After a deliberate change of a message, run with BAD_INPUT_MESSAGES_UPDATE=1 and review the diff of the file.
/// </summary>
public class BadInputMessagesTests
{
    private const string Valid = "(valid)";

    [Test]
    public void Every_bad_input_gives_exactly_its_written_errors()
    {
        var path = GoldenPath();
        var cases = Parse(File.ReadAllLines(path));
        var actual = new StringBuilder();
        var update = Environment.GetEnvironmentVariable("BAD_INPUT_MESSAGES_UPDATE") == "1";
        var wrong = new List<string>();
        using var shared = new ConfigWorkspace();
        foreach (var (title, edits, expected) in cases)
        {
            var errors = Run(edits, shared);
            actual.Append("## ").AppendLine(title);
            edits.ForEach(edit => actual.AppendLine(edit));
            errors.ForEach(error => actual.AppendLine(error));
            actual.AppendLine();
            if (!errors.SequenceEqual(expected))
            {
                wrong.Add($"## {title}\n  expected:\n    {string.Join("\n    ", expected)}\n  actual:\n    {string.Join("\n    ", errors)}");
                Assert.That(update, Is.True, wrong[0]);
            }
        }

        if (update)
        {
            File.WriteAllText(path, File.ReadAllText(path)[..File.ReadAllText(path).IndexOf("## ", StringComparison.Ordinal)] + actual.ToString().TrimEnd() + "\n");
        }

        Assert.That(cases, Has.Count.GreaterThan(100));
        Assert.That(wrong, Is.Empty, string.Join("\n\n", wrong));
    }

    // Cases that only edit pipeline.json share one workspace; those that add files or change the template get their own.
    private static List<string> Run(List<string> edits, ConfigWorkspace shared)
    {
        var own = edits.Any(edit => edit.StartsWith("file ", StringComparison.Ordinal) || edit.StartsWith("template ", StringComparison.Ordinal));
        using var fresh = own ? new ConfigWorkspace() : null;
        var workspace = fresh ?? shared;
        var root = JsonNode.Parse(ConfigWorkspace.Valid)!.AsObject();
        string? text = null;
        foreach (var edit in edits)
        {
            var (verb, rest) = Split(edit);
            switch (verb)
            {
                case "set":
                    var (key, json) = Split(rest);
                    Parent(root, key, out var last)[last] = JsonNode.Parse(json);
                    break;
                case "remove":
                    Parent(root, rest, out var removed).Remove(removed);
                    break;
                case "text":
                    text = rest;
                    break;
                case "file":
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(workspace.Root, rest))!);
                    File.WriteAllText(Path.Combine(workspace.Root, rest), "{}\n");
                    break;
                case "template":
                    var pair = JsonSerializer.Deserialize<string[]>(rest)!;
                    var template = Path.Combine(workspace.Root, "deploy", "lambda.yml");
                    Assert.That(File.ReadAllText(template), Does.Contain(pair[0]), edit);
                    File.WriteAllText(template, File.ReadAllText(template).Replace(pair[0], pair[1], StringComparison.Ordinal));
                    break;
                default:
                    throw new InvalidOperationException($"unknown edit '{edit}' in {GoldenPath()}");
            }
        }

        var result = workspace.LoadText(text ?? root.ToJsonString());
        if (result.IsValid)
        {
            return [Valid];
        }

        return result.Errors.Select(error => error.ToString()
            .Replace(workspace.ConfigPath, "pipeline.json", StringComparison.Ordinal)
            .Replace(workspace.Root, "<root>", StringComparison.Ordinal)).ToList();
    }

    private static JsonObject Parent(JsonObject root, string keyPath, out string last)
    {
        var parts = keyPath.Split('.');
        last = parts[^1];
        return parts[..^1].Aggregate(root, (node, part) => (node[part] ??= new JsonObject()).AsObject());
    }

    private static (string Head, string Tail) Split(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (line, string.Empty) : (line[..space], line[(space + 1)..]);
    }

    private static List<(string Title, List<string> Edits, List<string> Expected)> Parse(string[] lines)
    {
        var cases = new List<(string, List<string>, List<string>)>();
        foreach (var line in lines.SkipWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.Length > 0))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                cases.Add((line[3..], [], []));
            }
            else if (Split(line).Head is "set" or "remove" or "text" or "file" or "template")
            {
                cases[^1].Item2.Add(line);
            }
            else
            {
                cases[^1].Item3.Add(line);
            }
        }

        return cases;
    }

    private static string GoldenPath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "BadInputMessages.txt");
}

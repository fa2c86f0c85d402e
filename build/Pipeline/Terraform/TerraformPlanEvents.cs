using System.Text.Json;

namespace Pipeline.Terraform;

/// <summary>
/// The lines <c>terraform plan -json</c> prints, one JSON event each, and how they read in a log: each event's own
/// <c>@message</c>, and for an error or warning also where it is and why, as Terraform's plain output says it. Drift
/// events are left out: the build reports the drift the plan acts on itself (<see cref="TerraformSavedPlan.Drift"/>).
/// </summary>
public static class TerraformPlanEvents
{
    /// <summary>The event on this line, or null for a line that is not one (a crash report, a blank line).</summary>
    public static JsonDocument? Parse(string line)
    {
        if (!line.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
            // Not an event: printed as it came.
        }

        return null;
    }

    public static IReadOnlyList<string> Render(string line)
    {
        using var message = Parse(line);
        if (message is null)
        {
            return [line];
        }

        var root = message.RootElement;
        if (Text(root, "type") == "resource_drift")
        {
            return [];
        }

        var text = Text(root, "@message");
        if (!root.TryGetProperty("diagnostic", out var diagnostic))
        {
            return text is null ? [] : [text];
        }

        var lines = new List<string> { text ?? $"{Text(diagnostic, "severity")}: {Text(diagnostic, "summary")}" };
        if (diagnostic.TryGetProperty("range", out var range) && Text(range, "filename") is { } file)
        {
            var at = range.TryGetProperty("start", out var start) && start.TryGetProperty("line", out var number) ? $" line {number.GetInt32()}" : string.Empty;
            lines.Add($"  on {file}{at}");
        }

        if (Text(diagnostic, "detail") is { Length: > 0 } detail)
        {
            lines.AddRange(detail.Split('\n').Select(part => "  " + part.TrimEnd()));
        }

        return lines;
    }

    /// <summary>A string property of an event's object, or null when the element is no object or has no such string.</summary>
    internal static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

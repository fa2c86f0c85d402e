using System.Text.RegularExpressions;

namespace Pipeline.Configuration;

/// <summary>Reads a CloudFormation YAML template's parameter constraints without a YAML library: enough to check values early.</summary>
public static partial class TemplateParameters
{
    /// <summary>The AllowedValues of parameter <paramref name="name"/> (flow `[a, b]` or block `- a` form), or null when it has none.</summary>
    public static IReadOnlyList<string>? AllowedValues(string template, string name)
    {
        var lines = template.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var parameters = lines.FindIndex(line => line == "Parameters:");
        if (parameters < 0)
        {
            return null;
        }

        var start = lines.FindIndex(parameters + 1, line => line.TrimStart() == $"{name}:" && Indent(line) > 0);
        if (start < 0)
        {
            return null;
        }

        var indent = Indent(lines[start]);
        for (var i = start + 1; i < lines.Count && (lines[i].Trim().Length == 0 || Indent(lines[i]) > indent); i++)
        {
            var match = AllowedValuesLine().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            if (match.Groups[1].Value.Trim() is { Length: > 0 } flow)
            {
                return flow.Trim('[', ']').Split(',').Select(Unquote).Where(value => value.Length > 0).ToList();
            }

            return lines.Skip(i + 1).TakeWhile(line => line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
                .Select(line => Unquote(line.TrimStart()[2..])).ToList();
        }

        return null;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static string Unquote(string value) => value.Trim().Trim('"', '\'');

    [GeneratedRegex(@"^\s+AllowedValues:(.*)$")]
    private static partial Regex AllowedValuesLine();
}

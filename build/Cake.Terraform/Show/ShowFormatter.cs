using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Cake.Terraform.Show;

/// <summary>
/// Writes what <c>terraform show</c> printed as text, or as an HTML page where each line's colour code becomes a
/// span of the colour's class (bold, red, green, ...), as the addin does.
/// </summary>
internal static partial class ShowFormatter
{
    private static readonly Dictionary<string, string> Classes = new()
    {
        ["0"] = "normal",
        ["1"] = "bold",
        ["30"] = "black",
        ["31"] = "red",
        ["32"] = "green",
        ["33"] = "yellow",
        ["34"] = "blue",
        ["35"] = "magenta",
        ["36"] = "cyan",
        ["37"] = "white",
        ["90"] = "grey",
    };

    private const string Style =
        ".bold { font-weight: bold; } .black { color: black; } .red { color: red; } .green { color: green; } " +
        ".yellow { color: #d6b300; } .blue { color: blue; } .magenta { color: magenta; } .cyan { color: cyan; } " +
        ".white { color: white; } .grey { color: grey; }";

    public static string Format(OutputFormat format, IEnumerable<string> lines) =>
        format == OutputFormat.Html ? Html(lines) : string.Join(Environment.NewLine, lines);

    private static string Html(IEnumerable<string> lines)
    {
        var page = new StringBuilder()
            .AppendLine("<!doctype html>")
            .AppendLine($"<html><head><meta charset=\"utf-8\" /><style>{Style}</style></head><body><pre><code>");
        foreach (var line in lines)
        {
            var text = Reset().Replace(line, string.Empty).Replace("\\r", "\r").Replace("\\n", "\n");
            var match = Colour().Match(text);
            page.AppendLine(match.Success
                ? $"{WebUtility.HtmlEncode(match.Groups[1].Value)}<span class=\"{Classes[match.Groups[2].Value]}\">{WebUtility.HtmlEncode(match.Groups[3].Value)}</span>"
                : WebUtility.HtmlEncode(text));
        }

        return page.AppendLine("</code></pre></body></html>").ToString();
    }

    [GeneratedRegex(@"\e\[0m")]
    private static partial Regex Reset();

    [GeneratedRegex(@"(.*)\e\[(3[0-7]|90|1)m(.*)")]
    private static partial Regex Colour();
}

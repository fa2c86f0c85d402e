using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Cake.Terraform.Show;

/// <summary>Writes what <c>terraform show</c> printed as text, or as an HTML page with Terraform's colours kept.</summary>
internal static partial class ShowFormatter
{
    private static readonly Dictionary<string, string> Styles = new()
    {
        ["1"] = "font-weight:bold",
        ["30"] = "color:black",
        ["31"] = "color:red",
        ["32"] = "color:green",
        ["33"] = "color:#d6b300",
        ["34"] = "color:blue",
        ["35"] = "color:magenta",
        ["36"] = "color:cyan",
        ["37"] = "color:white",
        ["90"] = "color:grey",
    };

    public static string Format(OutputFormat format, IEnumerable<string> lines) =>
        format == OutputFormat.Html ? Html(lines) : string.Join(Environment.NewLine, lines);

    private static string Html(IEnumerable<string> lines)
    {
        var page = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\" /></head><body><pre><code>\n");
        foreach (var line in lines)
        {
            var text = Reset().Replace(line, string.Empty);
            var match = Colour().Match(text);
            page.AppendLine(match.Success && Styles.TryGetValue(match.Groups[2].Value, out var style)
                ? $"{WebUtility.HtmlEncode(match.Groups[1].Value)}<span style=\"{style}\">{WebUtility.HtmlEncode(match.Groups[3].Value)}</span>"
                : WebUtility.HtmlEncode(text));
        }

        return page.Append("</code></pre></body></html>\n").ToString();
    }

    [GeneratedRegex(@"\e\[0m")]
    private static partial Regex Reset();

    [GeneratedRegex(@"(.*)\e\[(3[0-7]|90|1)m(.*)")]
    private static partial Regex Colour();
}

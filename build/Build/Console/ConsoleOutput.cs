using Spectre.Console;
using Spectre.Console.Rendering;

namespace Build.Console;

/// <summary>
/// Tables for people. Spectre drops colour when the output is redirected (CodeBuild logs) and NO_COLOR is
/// honoured; ASCII borders keep such logs plain.
/// </summary>
public static class ConsoleOutput
{
    private static readonly bool Plain = System.Console.IsOutputRedirected;

    public static Table Table(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title), Border = Plain ? TableBorder.Ascii : TableBorder.Rounded };
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }

    public static void Row(Table table, params string[] cells) =>
        table.AddRow(cells.Select(cell => (IRenderable)new Text(cell)).ToArray());

    public static void Write(IRenderable renderable) => AnsiConsole.Write(renderable);

    /// <summary>
    /// Name and value pairs one per line, never wrapped: ARNs and S3 URIs stay copyable in an 80-column CodeBuild log.
    /// </summary>
    public static void Summary(string title, IReadOnlyList<(string Name, string Value)> rows)
    {
        var width = rows.Max(row => row.Name.Length);
        System.Console.WriteLine($"== {title} ==");
        foreach (var (name, value) in rows)
        {
            System.Console.WriteLine($"{name.PadRight(width)}  {value}");
        }
    }
}

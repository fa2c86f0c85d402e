using Spectre.Console;

namespace Cake.Frosting.Internal;

internal static class AnsiConsoleFactory
{
    public static IAnsiConsole Create()
    {
        var plain = PlainOutput.IsRequested;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(Console.Out),
        });
    }
}

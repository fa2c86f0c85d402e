using Cake.Core;

namespace Cake.Frosting.Tests.Support;

// Cake's IConsole, recorded into the same writer as the Spectre console so output keeps its order.
internal sealed class RecordingConsole : IConsole
{
    private readonly TextWriter writer;

    public RecordingConsole(TextWriter writer)
    {
        this.writer = writer;
    }

    public ConsoleColor ForegroundColor { get; set; }

    public ConsoleColor BackgroundColor { get; set; }

    public bool SupportAnsiEscapeCodes => false;

    public void Write(string format, params object[] arg) => writer.Write(format, arg);

    public void Write(string value) => writer.Write(value);

    public void WriteLine(string format, params object[] arg) => writer.WriteLine(format, arg);

    public void WriteLine(string value) => writer.WriteLine(value);

    public void WriteError(string format, params object[] arg) => writer.Write(format, arg);

    public void WriteError(string value) => writer.Write(value);

    public void WriteErrorLine(string format, params object[] arg) => writer.WriteLine(format, arg);

    public void WriteErrorLine(string value) => writer.WriteLine(value);

    public void ResetColor()
    {
    }
}

using Cake.Core;

namespace Cake.Frosting.Internal;

internal sealed class FrostingConsole : IConsole
{
    private readonly IConsole inner;
    private readonly bool plain;

    public FrostingConsole(IConsole inner, bool plain)
    {
        this.inner = inner;
        this.plain = plain;
    }

    public ConsoleColor ForegroundColor
    {
        get => inner.ForegroundColor;
        set
        {
            if (!plain)
            {
                inner.ForegroundColor = value;
            }
        }
    }

    public ConsoleColor BackgroundColor
    {
        get => inner.BackgroundColor;
        set
        {
            if (!plain)
            {
                inner.BackgroundColor = value;
            }
        }
    }

    public bool SupportAnsiEscapeCodes => !plain && inner.SupportAnsiEscapeCodes;

    public void Write(string format, params object[] arg) => inner.Write(format, arg);

    public void Write(string value) => inner.Write(value);

    public void WriteLine(string format, params object[] arg) => inner.WriteLine(format, arg);

    public void WriteLine(string value) => inner.WriteLine(value);

    public void WriteError(string format, params object[] arg) => inner.WriteError(format, arg);

    public void WriteError(string value) => inner.WriteError(value);

    public void WriteErrorLine(string format, params object[] arg) => inner.WriteErrorLine(format, arg);

    public void WriteErrorLine(string value) => inner.WriteErrorLine(value);

    public void ResetColor()
    {
        if (!plain)
        {
            inner.ResetColor();
        }
    }
}

using Pipeline.LocalAws;

namespace SmokeHandlers;

/// <summary>Handlers for the package smoke test's tests, zipped from this assembly alone.</summary>
public sealed class EchoHandler
{
    public async Task<Stream> HandleAsync(Stream input)
    {
        var output = new MemoryStream();
        await input.CopyToAsync(output).ConfigureAwait(false);
        output.Position = 0;
        return output;
    }
}

public sealed class CrashingHandler
{
    public CrashingHandler() => throw new InvalidOperationException("GREETING_TABLE is not set");

    public Stream Handle(Stream input) => input;
}

public sealed class ThrowingHandler
{
    public Stream Handle(Stream input) => throw new FormatException("the event has no 'path'");
}

/// <summary>Touches a type of Pipeline.dll, which a zip of this assembly alone does not carry.</summary>
public sealed class DependentHandler
{
    public Stream Handle(Stream input) => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(typeof(MotoServer).FullName!));
}

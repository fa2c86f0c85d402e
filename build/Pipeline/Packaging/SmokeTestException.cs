namespace Pipeline.Packaging;

/// <summary>The package failed its smoke test; the message says what is wrong and where to fix it.</summary>
public class SmokeTestException : Exception
{
    public SmokeTestException()
    {
    }

    public SmokeTestException(string message)
        : base(message)
    {
    }

    public SmokeTestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Pipeline.Release;

/// <summary>A release that cannot go on; the message says what to do.</summary>
public class ReleaseException : Exception
{
    public ReleaseException()
    {
    }

    public ReleaseException(string message)
        : base(message)
    {
    }

    public ReleaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

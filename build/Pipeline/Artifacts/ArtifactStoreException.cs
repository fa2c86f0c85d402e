namespace Pipeline.Artifacts;

/// <summary>An upload, verification or promotion failed; the message says what happened and what to do.</summary>
public sealed class ArtifactStoreException : Exception
{
    public ArtifactStoreException(string message)
        : base(message)
    {
    }

    public ArtifactStoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

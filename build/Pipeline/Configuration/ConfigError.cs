namespace Pipeline.Configuration;

/// <summary>One thing wrong with pipeline.json: where it is, what is wrong, and how to fix it.</summary>
public sealed record ConfigError(string File, string KeyPath, string Message, string Fix)
{
    public override string ToString() => $"{File}: {(KeyPath.Length == 0 ? "(root)" : KeyPath)}: {Message} Fix: {Fix}";
}

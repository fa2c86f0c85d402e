namespace Pipeline.Processes;

/// <summary>A program to run: arguments are passed as a list, never through a shell.</summary>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }

    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Called with each line of standard output and error as it arrives (null: collected only).</summary>
    public Action<string>? OnOutput { get; init; }
}

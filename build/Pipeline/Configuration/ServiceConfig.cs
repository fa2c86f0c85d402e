namespace Pipeline.Configuration;

/// <summary>The Lambda function the pipeline ships. Paths are relative to the repository root.</summary>
public sealed record ServiceConfig(string Project, string Handler, string Runtime, int MemorySize, int TimeoutSeconds)
{
    /// <summary>The service's own test projects: what the Test task runs.</summary>
    public IReadOnlyList<string> Tests { get; init; } = [];

    /// <summary>A sample event (JSON file) the package smoke test feeds the handler; null feeds <c>{}</c>.</summary>
    public string? SmokeEvent { get; init; }
}

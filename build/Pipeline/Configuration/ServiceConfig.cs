namespace Pipeline.Configuration;

/// <summary>
/// The service the pipeline ships: one package (built from <see cref="Project"/>) holding one or more Lambda
/// functions. Paths are relative to the folder of the pipeline file.
/// </summary>
public sealed record ServiceConfig(string Project, string Handler, string Runtime, int MemorySize, int TimeoutSeconds)
{
    private readonly IReadOnlyList<FunctionConfig>? functions;

    /// <summary>The service's own test projects: what the Test task runs.</summary>
    public IReadOnlyList<string> Tests { get; init; } = [];

    /// <summary>A sample event (JSON file) the package smoke test feeds the handler; null feeds <c>{}</c>.</summary>
    public string? SmokeEvent { get; init; }

    /// <summary>
    /// Every function the package serves: those under service.functions, or the one function of service.handler.
    /// They are released together: one version each per code change, one alias each, shifted and rolled back as one.
    /// </summary>
    public IReadOnlyList<FunctionConfig> Functions
    {
        get => functions ?? [new FunctionConfig(string.Empty, Handler, MemorySize, TimeoutSeconds) { SmokeEvent = SmokeEvent }];
        init => functions = value;
    }
}

namespace Pipeline.Configuration;

/// <summary>Collects errors for one file so validation can report all of them at once.</summary>
internal sealed class ConfigErrorSink(string file)
{
    private readonly List<ConfigError> errors = [];

    public string File { get; } = file;

    public IReadOnlyList<ConfigError> Errors => errors;

    public void Add(string keyPath, string message, string fix) => errors.Add(new ConfigError(File, keyPath, message, fix));
}

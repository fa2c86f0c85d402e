namespace Pipeline.Configuration;

/// <summary>Thrown when pipeline.json, or what Terraform reported for it, cannot be used; lists every problem at once.</summary>
public sealed class PipelineConfigException : Exception
{
    public PipelineConfigException(IReadOnlyList<ConfigError> errors)
        : base(Render(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ConfigError> Errors { get; }

    private static string Render(IReadOnlyList<ConfigError> errors) =>
        $"{errors.Count} problem(s) in the pipeline configuration:{Environment.NewLine}" +
        string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}

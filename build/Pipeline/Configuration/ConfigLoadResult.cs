namespace Pipeline.Configuration;

/// <summary>Either a valid configuration or every error found in it.</summary>
public sealed record ConfigLoadResult(PipelineConfig? Config, IReadOnlyList<ConfigError> Errors)
{
    public bool IsValid => Config is not null && Errors.Count == 0;

    public PipelineConfig GetOrThrow() => IsValid ? Config! : throw new PipelineConfigException(Errors);
}

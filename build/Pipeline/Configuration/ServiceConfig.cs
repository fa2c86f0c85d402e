namespace Pipeline.Configuration;

/// <summary>The Lambda function the pipeline ships. Project is relative to the repository root.</summary>
public sealed record ServiceConfig(string Project, string Handler, string Runtime, int MemorySize, int TimeoutSeconds);

namespace Amazon.Lambda.Model;

/// <summary>A function's settings at one version.</summary>
public class FunctionConfiguration
{
    public string? FunctionName { get; set; }

    public string? FunctionArn { get; set; }

    public string? Version { get; set; }

    public string? Description { get; set; }

    public string? CodeSha256 { get; set; }

    public long? CodeSize { get; set; }

    public string? Handler { get; set; }

    public string? Runtime { get; set; }

    public string? LastModified { get; set; }

    public string? RevisionId { get; set; }
}

namespace Pipeline.Release;

/// <summary>An alias as Lambda reports it: its main version, extra versions' shares (0 to 1), its description.</summary>
public sealed record AliasState(string Version, IReadOnlyDictionary<string, double> Weights, string? Description);

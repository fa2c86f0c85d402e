namespace Pipeline.Release;

/// <summary>One share of the alias's traffic for the new version (0 to 100 %) and how long it bakes.</summary>
public sealed record TrafficStep(int Percent, TimeSpan Bake);

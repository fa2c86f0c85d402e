namespace Pipeline.Configuration;

/// <summary>Per-branch stacks: copies of <see cref="BasedOn"/> with their own stack name.</summary>
public sealed record EphemeralConfig(string BasedOn, string BranchPattern, string StackPrefix);

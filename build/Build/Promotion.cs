using Pipeline.Packaging;

namespace Build;

/// <summary>Proof that this run's package is byte for byte what an earlier environment's stack runs.</summary>
public sealed record Promotion(string FromEnvironment, string FromStack, PromotionProof Proof);

using Pipeline.Artifacts;
using Pipeline.Packaging;

namespace Build;

/// <summary>The package an earlier environment deployed for this commit, and the bucket it sits in.</summary>
public sealed record Promotion(string FromEnvironment, ArtifactBucket Source, PackageManifest Manifest);

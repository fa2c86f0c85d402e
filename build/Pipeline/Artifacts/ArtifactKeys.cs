namespace Pipeline.Artifacts;

/// <summary>Content-addressed keys: the package and its manifest sit side by side under the package's SHA-256.</summary>
public static class ArtifactKeys
{
    /// <summary>
    /// Where a run's packages, manifests and commit and stack records go: the environment's own key space, or for
    /// feature-branch (ephemeral) stacks the one under <see cref="EphemeralPrefix"/>, the only prefix a developer may
    /// write (infra/modules/ci/developer_role.tf). Pass the result as the application of every other key.
    /// </summary>
    public static string Space(string application, bool ephemeral) => ephemeral ? EphemeralPrefix(application).TrimEnd('/') : application;

    public static string EphemeralPrefix(string application) => $"{application}/ephemeral/";

    public static string Package(string application, string sha256) => $"{application}/{Normalize(sha256)}.zip";

    public static string Manifest(string application, string sha256) => $"{application}/{Normalize(sha256)}.json";

    /// <summary>Which package a commit's build produced in this bucket: what a later environment promotes.</summary>
    public static string Commit(string application, string commit) =>
        commit.Length is >= 7 and <= 40 && commit.All(Uri.IsHexDigit)
            ? $"{application}/commits/{commit.ToLowerInvariant()}.json"
            : throw new ArgumentException($"'{commit}' is not a git commit id (7 to 40 hex digits).", nameof(commit));

    /// <summary>Which package a stack runs: the references that decide when a package may be deleted.</summary>
    public static string Stack(string application, string stackName) => $"{StackPrefix(application)}{stackName}.json";

    public static string StackPrefix(string application) => $"{application}/stacks/";

    private static string Normalize(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            throw new ArgumentException($"'{sha256}' is not a hex SHA-256 (64 hex digits).", nameof(sha256));
        }

        return sha256.ToLowerInvariant();
    }
}

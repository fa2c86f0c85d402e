using Pipeline.Configuration;
using Pipeline.Packaging;

namespace Build;

/// <summary>
/// What prod's run makes of the earlier environment's stack record: a proven promotion, or a warning that says why
/// not (no earlier environment, the record missing or unreadable, other bytes and another source tree).
/// </summary>
public sealed record PromotionCheck(Promotion? Promotion, string Message, bool Warn)
{
    public static PromotionCheck NoEarlierEnvironment(string branch) =>
        new(null, $"No environment deploys from {branch}: nothing to promote from; prod ships this build.", Warn: false);

    public static PromotionCheck Unreadable(string record, string identity, string errorCode) =>
        new(null, $"Cannot read {record} as {identity} ({errorCode}): promotion is not proven. " +
            "The prod push role needs s3:GetObject on that record (its policy has it) and preprod's bucket and key policies must grant it.", Warn: true);

    /// <param name="running">The record of what <paramref name="earlier"/>'s stack runs; null when there is none.</param>
    public static PromotionCheck Decide(PackageManifest built, PackageManifest? running, bool? sameSourceTree, EnvironmentConfig earlier)
    {
        var proof = PromotionProof.Decide(built, running, sameSourceTree, earlier.Name);
        return proof.Proven
            ? new(new Promotion(earlier.Name, earlier.StackName, proof), proof.Message, Warn: false)
            : new(null, proof.Message, Warn: true);
    }
}

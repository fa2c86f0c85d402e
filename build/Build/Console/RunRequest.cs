using Build.Graph;
using Pipeline.GitFlow;

namespace Build.Console;

/// <summary>What the command line asked for, settled before the host starts: a concrete target and this build's options.</summary>
public sealed record RunRequest(Type Target, BuildOptions Options, bool DryRun)
{
    public string TargetName => TargetCatalog.NameOf(Target);

    /// <summary>Set when --target=Ci was resolved: the policy's choice for this event.</summary>
    public TargetDecision? CiChoice { get; init; }
}

namespace Pipeline.GitFlow;

/// <summary>The policy's answer: the target, whether it may run, why, and what to do when it may not.</summary>
public sealed record TargetDecision(PipelineTarget Target, bool Allowed, string Reason, string? Fix = null)
{
    public static TargetDecision Allow(PipelineTarget target, string reason) => new(target, true, reason);

    public static TargetDecision Refuse(PipelineTarget target, string reason, string fix) => new(target, false, reason, fix);

    public void ThrowIfRefused()
    {
        if (!Allowed)
        {
            throw new InvalidOperationException(ToString());
        }
    }

    public override string ToString() => Allowed
        ? $"{Target}: {Reason}"
        : $"{Target} refused: {Reason} {Fix}";
}

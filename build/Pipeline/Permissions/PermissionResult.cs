namespace Pipeline.Permissions;

/// <summary>What the evaluator decided for a case, and the statements that decided it.</summary>
public sealed record PermissionResult(PermissionCase Case, string Decision, IReadOnlyList<string> Decisive, string? Error)
{
    public bool Allowed => Decision == "Allowed";

    /// <summary>The case came out as intended: allowed when it must be, denied (explicitly or implicitly) when it must not.</summary>
    public bool AsIntended => Error is null && Allowed == Case.MustAllow;

    public string Shown => Error is not null ? "Error" : Allowed ? "Allow" : Decision == "ExplicitlyDenied" ? "Deny (explicit)" : "Deny (no Allow)";
}

namespace Pipeline.Permissions;

/// <summary>One row of the permission proof: a request, who makes it and why, and whether it must be allowed.</summary>
public sealed record PermissionCase(string Who, string Why, AccessRequest Request, bool MustAllow)
{
    /// <summary>Set when the case is known to fail until another issue lands; the proof still evaluates and reports it.</summary>
    public string? KnownGap { get; init; }

    public string Expected => MustAllow ? "Allow" : "Deny";

    public override string ToString() => $"{Who}: {Request.Action} on {Request.Resource} ({Why}) must be {(MustAllow ? "allowed" : "denied")}";
}

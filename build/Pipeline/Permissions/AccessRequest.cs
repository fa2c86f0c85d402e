namespace Pipeline.Permissions;

/// <summary>
/// One AWS request as IAM authorizes it: who, which IAM action, on what, and the condition keys the real
/// request carries. <see cref="Principal"/> is a role ARN or, for a trust check, any principal ARN.
/// </summary>
public sealed record AccessRequest(string Principal, string Action, string Resource, IReadOnlyDictionary<string, string> Context)
{
    public static AccessRequest Of(string principal, string action, string resource, params (string Key, string Value)[] context) =>
        new(principal, action, resource, context.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal));

    public string PrincipalAccount => Principal.Split(':') is { Length: > 4 } parts ? parts[4] : string.Empty;
}

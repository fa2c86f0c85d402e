using System.Reflection;

namespace Service;

/// <summary>
/// What was shipped. The stack's SERVICE_VERSION / SERVICE_COMMIT win, so a deployed stack reports what the
/// deploy said; otherwise the informational version the build stamped (e.g. 1.4.0-alpha.12+abc1234) is split.
/// </summary>
public sealed record ServiceInfo(string Version, string Commit, string AssemblyVersion)
{
    public const string VersionVariable = "SERVICE_VERSION";
    public const string CommitVariable = "SERVICE_COMMIT";
    private const string Unknown = "unknown";

    public static ServiceInfo FromEnvironment(Func<string, string?> getVariable, string? informationalVersion)
    {
        var stamped = string.IsNullOrWhiteSpace(informationalVersion) ? Unknown : informationalVersion.Trim();
        var plus = stamped.IndexOf('+', StringComparison.Ordinal);
        var stampedVersion = plus < 0 ? stamped : stamped[..plus];
        var stampedCommit = plus < 0 || plus == stamped.Length - 1 ? Unknown : stamped[(plus + 1)..];
        return new ServiceInfo(
            NonBlank(getVariable(VersionVariable)) ?? stampedVersion,
            NonBlank(getVariable(CommitVariable)) ?? stampedCommit,
            stamped);
    }

    public static ServiceInfo Current() => FromEnvironment(
        Environment.GetEnvironmentVariable,
        typeof(ServiceInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

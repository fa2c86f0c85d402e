using System.Text;

namespace Pipeline.Aws;

/// <summary>
/// STS session names must match [\w+=,.@-]{2,64}. The name shows up in CloudTrail of the runtime account, so it
/// carries the build id or commit that did the work.
/// </summary>
public static class RoleSessionName
{
    public const int MaxLength = 64;
    private const string Fallback = "pipeline";

    /// <summary>"pipeline-&lt;build id or commit&gt;", sanitized.</summary>
    public static string For(string buildIdOrCommit, string prefix = Fallback) => Sanitize($"{prefix}-{buildIdOrCommit}");

    public static string Sanitize(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            var ok = IsAllowed(c);
            if (ok)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var name = builder.ToString().Trim('-');
        if (name.Length > MaxLength)
        {
            name = name[..MaxLength].TrimEnd('-');
        }

        return name.Length >= 2 ? name : Fallback;
    }

    private static bool IsAllowed(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '+' or '=' or ',' or '.' or '@' or '-';
}

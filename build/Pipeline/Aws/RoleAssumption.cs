namespace Pipeline.Aws;

/// <summary>What to assume: the role, the session name (see <see cref="RoleSessionName"/>), an optional external id and duration.</summary>
public sealed record RoleAssumption(string RoleArn, string SessionName, string? ExternalId = null, TimeSpan? Duration = null)
{
    /// <summary>Role chaining caps a session at one hour; longer deploys rely on refreshing credentials.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    /// <summary>AWS caps a session assumed with another role's credentials (role chaining) at one hour.</summary>
    public static readonly TimeSpan ChainedSessionLimit = TimeSpan.FromHours(1);

    /// <summary>The account id inside the role ARN (arn:aws:iam::ACCOUNT:role/NAME).</summary>
    public string Account
    {
        get
        {
            var parts = RoleArn.Split(':');
            if (parts.Length < 6 || parts[0] != "arn" || parts[2] != "iam" || parts[4].Length != 12 || !parts[5].StartsWith("role/", StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{RoleArn}' is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>). Fix the role in pipeline.json.");
            }

            return parts[4];
        }
    }
}

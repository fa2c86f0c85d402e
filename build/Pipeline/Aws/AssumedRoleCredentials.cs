using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Amazon.Util.Internal;

namespace Pipeline.Aws;

/// <summary>
/// Runtime-account credentials from AssumeRole through our own STS client (so the emulator endpoint applies),
/// renewed in the background <see cref="RefreshAhead"/> before they expire: a deploy may outlast the
/// one-hour cap of a chained role session.
/// </summary>
public sealed class AssumedRoleCredentials : RefreshingAWSCredentials
{
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

    private readonly IAmazonSecurityTokenService sts;
    private readonly RoleAssumption role;
    private readonly Action<string>? log;
    private int sessions;

    public AssumedRoleCredentials(IAmazonSecurityTokenService sts, RoleAssumption role, TimeProvider? clock = null, Action<string>? log = null)
        : base(clock is null ? DefaultTimeProvider.Instance : new SdkClock(clock))
    {
        this.sts = sts;
        this.role = role;
        this.log = log;
        PreemptExpiryTime = RefreshAhead;
    }

    public RoleAssumption Role => role;

    /// <summary>How many sessions were obtained so far (1 after the first use, +1 per refresh).</summary>
    public int Sessions => sessions;

    protected override CredentialsRefreshState GenerateNewCredentials() =>
        GenerateNewCredentialsAsync().GetAwaiter().GetResult();

    protected override async Task<CredentialsRefreshState> GenerateNewCredentialsAsync()
    {
        var request = new AssumeRoleRequest
        {
            RoleArn = role.RoleArn,
            RoleSessionName = role.SessionName,
            DurationSeconds = (int)(role.Duration ?? RoleAssumption.DefaultDuration).TotalSeconds,
        };
        if (!string.IsNullOrEmpty(role.ExternalId))
        {
            request.ExternalId = role.ExternalId;
        }

        AssumeRoleResponse response;
        try
        {
            response = await sts.AssumeRoleAsync(request).ConfigureAwait(false);
        }
        catch (AmazonServiceException e)
        {
            throw new AwsCredentialsException(
                $"Could not assume {role.RoleArn} ({e.ErrorCode}: {e.Message}). Check that the role exists, that its trust " +
                "policy lets the infrastructure account (and this external id) assume it, and that the starting credentials " +
                "are valid. " + AwsCredentialsException.Advice, e);
        }

        var issued = response.Credentials;
        var expiration = (issued.Expiration ?? throw new AwsCredentialsException($"STS returned no expiration for {role.RoleArn}."))
            .ToUniversalTime();
        var count = Interlocked.Increment(ref sessions);
        log?.Invoke($"Assumed {role.RoleArn} as session '{role.SessionName}' (#{count}), valid until {expiration:u}.");
        return new CredentialsRefreshState(
            new ImmutableCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken), expiration, _timeProvider);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sts.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class SdkClock(TimeProvider clock) : ITimeProvider
    {
        public DateTime CorrectedUtcNow => clock.GetUtcNow().UtcDateTime;
    }
}

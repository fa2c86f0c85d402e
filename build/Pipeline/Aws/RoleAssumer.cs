namespace Pipeline.Aws;

/// <summary>Assumes the runtime role from the infrastructure identity and proves the result is in the role's account.</summary>
public sealed class RoleAssumer
{
    private readonly AwsClientFactory clients;
    private readonly TimeProvider? clock;
    private readonly Action<string>? log;

    public RoleAssumer(AwsClientFactory clients, TimeProvider? clock = null, Action<string>? log = null)
    {
        this.clients = clients;
        this.clock = clock;
        this.log = log;
    }

    public async Task<AssumedRole> AssumeAsync(RoleAssumption role, CancellationToken cancel = default)
    {
        var expectedAccount = role.Account;
        var credentials = new AssumedRoleCredentials(clients.Sts(AwsIdentity.Infrastructure), role, clock, log);
        try
        {
            await credentials.GetCredentialsAsync().ConfigureAwait(false);
            var runtime = clients.WithRuntime(credentials);
            using var sts = runtime.Sts(AwsIdentity.Runtime);
            var identity = await new CallerIdentityReader(sts).ExpectAccountAsync(expectedAccount, cancel).ConfigureAwait(false);
            log?.Invoke($"Runtime identity verified: {identity} is in the expected account {expectedAccount}.");
            return new AssumedRole(runtime, credentials, identity);
        }
        catch
        {
            credentials.Dispose();
            throw;
        }
    }
}

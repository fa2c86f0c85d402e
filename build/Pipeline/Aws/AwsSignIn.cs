using Amazon.Runtime;
using Pipeline.LocalAws;

namespace Pipeline.Aws;

/// <summary>
/// Resolves the starting identity and checks it with STS before anything else touches AWS, so missing or expired
/// credentials surface as one clear error.
/// </summary>
public sealed class AwsSignIn
{
    private readonly AwsTarget target;
    private readonly CredentialSource source;
    private readonly Action<ClientConfig>? configure;

    public AwsSignIn(AwsTarget target, CredentialSource? source = null, Action<ClientConfig>? configure = null)
    {
        this.target = target;
        this.source = source ?? new CredentialSource();
        this.configure = configure;
    }

    /// <summary>The emulator's test keys; moto maps any key to the infrastructure account.</summary>
    public static CredentialSource LocalSource { get; } = new(
        () => new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey), _ => null);

    public async Task<AwsSession> SignInAsync(string? profileName = null, CancellationToken cancel = default)
    {
        var credentials = source.Resolve(profileName);
        await CredentialSource.EnsureUsableAsync(credentials).ConfigureAwait(false);
        var clients = new AwsClientFactory(target, credentials, configure: configure);
        using var sts = clients.Sts(AwsIdentity.Infrastructure);
        var identity = await new CallerIdentityReader(sts).ReadAsync(cancel).ConfigureAwait(false);
        return new AwsSession(clients, identity);
    }
}

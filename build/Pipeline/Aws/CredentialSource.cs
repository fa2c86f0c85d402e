using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace Pipeline.Aws;

/// <summary>
/// The starting identity: the SDK's default chain (environment, profiles incl. SSO, CodeBuild container
/// credentials, instance metadata) or one named profile for local runs.
/// </summary>
public sealed class CredentialSource
{
    private readonly Func<AWSCredentials> defaultChain;
    private readonly Func<string, AWSCredentials?> profile;

    public CredentialSource()
        : this(() => DefaultAWSCredentialsIdentityResolver.GetCredentials(), FromProfileStore)
    {
    }

    public CredentialSource(Func<AWSCredentials> defaultChain, Func<string, AWSCredentials?> profile)
    {
        this.defaultChain = defaultChain;
        this.profile = profile;
    }

    /// <summary>Finds credentials without calling AWS yet; throws <see cref="AwsCredentialsException"/> when there are none.</summary>
    public AWSCredentials Resolve(string? profileName = null)
    {
        if (!string.IsNullOrWhiteSpace(profileName))
        {
            AWSCredentials? found;
            try
            {
                found = profile(profileName);
            }
            catch (AmazonClientException e)
            {
                throw new AwsCredentialsException($"The AWS profile '{profileName}' could not be used: {e.Message} {AwsCredentialsException.Advice}", e);
            }

            return found ?? throw new AwsCredentialsException(
                $"The AWS profile '{profileName}' was not found in ~/.aws/config or ~/.aws/credentials. {AwsCredentialsException.Advice}");
        }

        try
        {
            return defaultChain();
        }
        catch (AmazonClientException e)
        {
            throw new AwsCredentialsException(
                "No AWS credentials were found (environment variables, profiles, SSO, container or instance credentials). " +
                AwsCredentialsException.Advice, e);
        }
    }

    /// <summary>
    /// Materializes the credentials (an SSO token is read, container credentials are fetched) so that an expired
    /// session is reported before any AWS call is made.
    /// </summary>
    public static async Task EnsureUsableAsync(AWSCredentials credentials)
    {
        try
        {
            var keys = await credentials.GetCredentialsAsync().ConfigureAwait(false);
            if (keys is null || string.IsNullOrEmpty(keys.AccessKey))
            {
                throw new AwsCredentialsException("The AWS credentials resolved to an empty access key. " + AwsCredentialsException.Advice);
            }
        }
        catch (AmazonClientException e)
        {
            var expired = e.Message.Contains("expire", StringComparison.OrdinalIgnoreCase);
            throw new AwsCredentialsException(
                (expired ? "The AWS credentials have expired" : "The AWS credentials could not be loaded") +
                $" ({e.GetType().Name}: {e.Message}). " + AwsCredentialsException.Advice, e);
        }
    }

    private static AWSCredentials? FromProfileStore(string name) =>
        new CredentialProfileStoreChain().TryGetAWSCredentials(name, out var credentials) ? credentials : null;
}

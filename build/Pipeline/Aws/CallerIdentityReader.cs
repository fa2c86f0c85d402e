using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace Pipeline.Aws;

/// <summary>STS GetCallerIdentity with credential failures turned into advice.</summary>
public sealed class CallerIdentityReader
{
    private static readonly HashSet<string> CredentialErrors = new(StringComparer.Ordinal)
    {
        "ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId", "SignatureDoesNotMatch",
        "UnrecognizedClientException", "InvalidAccessKeyId", "AccessDenied", "RequestExpired",
    };

    private readonly IAmazonSecurityTokenService sts;

    public CallerIdentityReader(IAmazonSecurityTokenService sts)
    {
        this.sts = sts;
    }

    public async Task<CallerIdentity> ReadAsync(CancellationToken cancel = default)
    {
        try
        {
            var response = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancel).ConfigureAwait(false);
            return new CallerIdentity(response.Account, response.Arn, response.UserId);
        }
        catch (AmazonServiceException e) when (e.ErrorCode is not null && CredentialErrors.Contains(e.ErrorCode))
        {
            var what = e.ErrorCode.StartsWith("Expired", StringComparison.Ordinal) || e.ErrorCode == "RequestExpired"
                ? "The AWS credentials have expired"
                : "AWS refused the credentials";
            throw new AwsCredentialsException($"{what} ({e.ErrorCode}: {e.Message}). {AwsCredentialsException.Advice}", e);
        }
        catch (AmazonClientException e)
        {
            throw new AwsCredentialsException($"The AWS credentials could not be used ({e.Message}). {AwsCredentialsException.Advice}", e);
        }
    }

    /// <summary>Reads the identity and fails unless it is in <paramref name="account"/>.</summary>
    public async Task<CallerIdentity> ExpectAccountAsync(string account, CancellationToken cancel = default)
    {
        var identity = await ReadAsync(cancel).ConfigureAwait(false);
        if (identity.Account != account)
        {
            throw new AwsCredentialsException(
                $"Expected to act in AWS account {account}, but the credentials belong to {identity}. " +
                "Check the role ARN and the account ids in pipeline.json, or the profile you passed.");
        }

        return identity;
    }
}

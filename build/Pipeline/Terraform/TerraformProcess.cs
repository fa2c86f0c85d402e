using Amazon.Runtime;
using Pipeline.LocalAws;

namespace Pipeline.Terraform;

/// <summary>The one place that builds the terraform process's environment, for every root and every command.</summary>
public static class TerraformProcess
{
    /// <param name="dataDirectory">TF_DATA_DIR, so nothing is written inside infra/.</param>
    /// <param name="cliConfigFile">From <see cref="TerraformCliConfig.Write"/>, or null.</param>
    /// <param name="identity">Who Terraform acts as: a profile, session credentials, or (null) the SDK's default chain.</param>
    public static IReadOnlyDictionary<string, string?> Environment(string dataDirectory, string? cliConfigFile, TerraformIdentity? identity = null)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["TF_DATA_DIR"] = dataDirectory,
            ["TF_IN_AUTOMATION"] = "1",
            ["TF_INPUT"] = "0",
        };
        if (cliConfigFile is not null)
        {
            environment[TerraformCliConfig.ConfigVariable] = cliConfigFile;
        }

        if (identity is null)
        {
            return environment;
        }

        environment["AWS_REGION"] = identity.Region;
        environment["AWS_DEFAULT_REGION"] = identity.Region;
        if (identity.Endpoint is { } endpoint)
        {
            environment["AWS_ENDPOINT_URL"] = endpoint;
        }

        if (identity.Credentials is { } credentials)
        {
            // Session credentials win over any profile the host has set.
            environment["AWS_ACCESS_KEY_ID"] = credentials.AccessKey;
            environment["AWS_SECRET_ACCESS_KEY"] = credentials.SecretKey;
            environment["AWS_SESSION_TOKEN"] = credentials.UseToken ? credentials.Token : null;
            environment["AWS_PROFILE"] = null;
        }
        else if (identity.Profile is { } profile)
        {
            // The SDK steps signed in with --profile; Terraform must act as the same identity.
            environment["AWS_PROFILE"] = profile;
            environment["AWS_ACCESS_KEY_ID"] = null;
            environment["AWS_SECRET_ACCESS_KEY"] = null;
            environment["AWS_SESSION_TOKEN"] = null;
        }

        return environment;
    }

    /// <summary>The emulator's test keys: the administrator identity of a local rehearsal.</summary>
    public static ImmutableCredentials LocalAdministrator { get; } = new(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey, null);
}

/// <summary>Region, endpoint (emulator) and the identity a Terraform process runs as.</summary>
public sealed record TerraformIdentity(string Region, string? Endpoint = null, string? Profile = null, ImmutableCredentials? Credentials = null);

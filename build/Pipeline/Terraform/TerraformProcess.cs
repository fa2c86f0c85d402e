using Amazon.Runtime;
using Pipeline.LocalAws;

namespace Pipeline.Terraform;

/// <summary>The one place that builds the terraform process's environment, for every root and every command.</summary>
public static class TerraformProcess
{
    /// <summary>
    /// The aws provider starts afresh for every command and every walk (two processes at a time where a root has two
    /// provider configurations) and collects garbage all through loading its schema: letting the heap grow to five
    /// times what is live, not twice, took a validate of one root from 9.7 to 7.1 CPU seconds here, for a peak of
    /// 690 MB instead of 522 MB per provider process. A GOGC or GOMEMLIMIT the host sets is left to apply.
    /// </summary>
    public const string GoGarbageCollection = "400";

    /// <param name="dataDirectory">TF_DATA_DIR, so nothing is written inside infra/.</param>
    /// <param name="cliConfigFile">From <see cref="TerraformCliConfig.Write"/>, or null.</param>
    /// <param name="identity">Who Terraform acts as: a profile, session credentials, or (null) the SDK's default chain.</param>
    /// <param name="hostVariable">Reads the build host's environment, which Terraform inherits; null: the real one.</param>
    public static IReadOnlyDictionary<string, string?> Environment(
        string dataDirectory, string? cliConfigFile, TerraformIdentity? identity = null, Func<string, string?>? hostVariable = null)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["TF_DATA_DIR"] = dataDirectory,
            ["TF_IN_AUTOMATION"] = "1",
            ["TF_INPUT"] = "0",
        };
        hostVariable ??= System.Environment.GetEnvironmentVariable;
        if (hostVariable("GOGC") is null && hostVariable("GOMEMLIMIT") is null)
        {
            environment["GOGC"] = GoGarbageCollection;
        }

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

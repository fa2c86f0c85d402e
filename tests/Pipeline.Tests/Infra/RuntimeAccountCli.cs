using Amazon.Runtime;
using Pipeline.Processes;

namespace Pipeline.Tests.Infra;

/// <summary>
/// IAM reads in the runtime account through the aws CLI (no IAM SDK package is served here), signed with the
/// credentials of a role assumed into that account, exactly as a deploy reaches it.
/// </summary>
internal sealed class RuntimeAccountCli(Uri endpoint, string region, ImmutableCredentials credentials)
{
    private static readonly ProcessRunner Runner = new();

    public Task<ProcessResult> GetRoleAsync(string roleName) =>
        Runner.RunAsync(new ProcessSpec("aws", ["iam", "get-role", "--role-name", roleName, "--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json"])
        {
            Environment = new Dictionary<string, string?>
            {
                ["AWS_ACCESS_KEY_ID"] = credentials.AccessKey,
                ["AWS_SECRET_ACCESS_KEY"] = credentials.SecretKey,
                ["AWS_SESSION_TOKEN"] = credentials.Token,
                ["AWS_DEFAULT_REGION"] = region,
                ["AWS_PROFILE"] = null,
            },
            Timeout = TimeSpan.FromMinutes(1),
        });
}

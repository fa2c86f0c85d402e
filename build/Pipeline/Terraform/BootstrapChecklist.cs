namespace Pipeline.Terraform;

/// <summary>What a person must still do after the Bootstrap target, which no API call can do for them.</summary>
public static class BootstrapChecklist
{
    /// <summary>The name CodeBuild's build status takes on a GitHub commit or pull request.</summary>
    public static string StatusCheckName(string region, string project) => $"AWS CodeBuild {region} ({project})";

    /// <param name="pullRequestCheck">The pull-request project's check, see <see cref="StatusCheckName"/> (its project lives with the first environment).</param>
    /// <param name="protectedStack">The environment's stack when it is to carry termination protection (prod's).</param>
    public static IReadOnlyList<string> For(TerraformEnvironmentSettings settings, string? connectionArn, string pullRequestCheck, string? protectedStack = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var steps = new List<string>();
        if (connectionArn is not null)
        {
            steps.Add($"Approve the repository connection {connectionArn}: AWS console > Developer Tools > Settings > Connections > " +
                "select it > Update pending connection (it stays PENDING, and no webhook fires, until you do).");
        }

        foreach (var branch in settings.Branches)
        {
            steps.Add($"Protect '{branch}' in {settings.RepositoryUrl}: require a pull request with one approving review and the status check \"{pullRequestCheck}\".");
        }

        // On AWS a bucket or key policy naming a role that does not exist is rejected: the reader's bootstrap goes first.
        foreach (var reader in settings.PromotionReaderRoleArns)
        {
            steps.Add($"Bootstrap the environment of {reader} before the first apply of {settings.Root} (the first push to " +
                $"'{settings.Branches.FirstOrDefault()}'): this environment's bucket and key policies name that role, and AWS rejects them until it exists.");
        }

        if (protectedStack is not null)
        {
            steps.Add($"After the first deploy of {protectedStack}, an operator turns its termination protection on (the deploy role may not): " +
                $"aws cloudformation update-termination-protection --enable-termination-protection --stack-name {protectedStack} " +
                $"--region {settings.Target.Region} --profile <operator-profile-in-{settings.RuntimeAccountId}>.");
        }

        return steps;
    }
}

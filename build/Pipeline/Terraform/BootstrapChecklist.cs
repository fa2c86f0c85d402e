namespace Pipeline.Terraform;

/// <summary>What a person must still do after the Bootstrap target, which no API call can do for them.</summary>
public static class BootstrapChecklist
{
    /// <summary>The name CodeBuild's build status takes on a GitHub commit or pull request.</summary>
    public static string StatusCheckName(string region, string project) => $"AWS CodeBuild {region} ({project})";

    /// <param name="pullRequestCheck">The pull-request project's check, see <see cref="StatusCheckName"/> (its project lives with the first environment).</param>
    public static IReadOnlyList<string> For(TerraformEnvironmentSettings settings, string? connectionArn, string pullRequestCheck)
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

        return steps;
    }
}

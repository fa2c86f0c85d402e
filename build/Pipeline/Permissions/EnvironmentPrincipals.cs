using Pipeline.Configuration;

namespace Pipeline.Permissions;

/// <summary>
/// One environment's principals and resources, found in what Terraform rendered: the root's outputs name the
/// deploy and execution roles, bucket and key; the CodeBuild projects name the pull-request and push roles.
/// </summary>
public sealed record EnvironmentPrincipals(
    EnvironmentConfig Environment, string PullRequest, string Push, string Deploy, string Execution, string Bucket, string Key, string StateBucket)
{
    public string Region => Environment.Region;

    public string Infrastructure => Environment.InfrastructureAccount;

    public string Runtime => Environment.RuntimeAccount;

    /// <summary>The pull-request project still runs as the push project's role (the layout before issue 10).</summary>
    public bool SharedBuildRole => PullRequest == Push;

    public string Object(string key) => $"arn:aws:s3:::{Bucket}/{key}";

    public string BucketArn => $"arn:aws:s3:::{Bucket}";

    public string Stack(string name) => $"arn:aws:cloudformation:{Region}:{Runtime}:stack/{name}/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9";

    public static EnvironmentPrincipals Find(EnvironmentConfig environment, RenderedPolicies policies, string stateBucket)
    {
        var outputs = policies.Outputs.GetValueOrDefault(environment.Name)
            ?? throw new InvalidOperationException($"Nothing was rendered for environment {environment.Name}.");
        string Output(string name) => outputs.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"Root {environment.Terraform} has no output {name}; the pipeline reads its roles from it.");
        var own = policies.CodeBuildRoles.GetValueOrDefault(environment.Name) ?? [];
        var any = policies.CodeBuildRoles.Values.SelectMany(p => p).ToList();

        // Each environment has its own push project; one pull-request project may serve every environment.
        string Project(IEnumerable<KeyValuePair<string, string>> projects, string kind) =>
            projects.Where(p => p.Key.EndsWith(kind, StringComparison.Ordinal)).Select(p => p.Value).FirstOrDefault()
            ?? throw new InvalidOperationException($"No CodeBuild project ending in '{kind}' was rendered for {environment.Name} (found: {string.Join(", ", any.Select(p => p.Key))}).");

        policies.Buckets.TryAdd(stateBucket, (environment.InfrastructureAccount, null));
        return new EnvironmentPrincipals(
            environment,
            Project(own.Concat(any), "-pull-request"),
            Project(own, "-push"),
            Output(TerraformOutputNames.DeployRoleArn),
            Output(TerraformOutputNames.CloudFormationRoleArn),
            Output(TerraformOutputNames.ArtifactBucket),
            Output(TerraformOutputNames.KmsKeyArn),
            stateBucket);
    }
}

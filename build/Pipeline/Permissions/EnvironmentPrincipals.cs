using Pipeline.Configuration;

namespace Pipeline.Permissions;

/// <summary>
/// One environment's principals and resources, found in what Terraform rendered: the environment root's outputs name
/// the deploy and execution roles, bucket and key; infra/bootstrap's name the pull-request, push and provisioning
/// roles and the permissions boundary.
/// </summary>
public sealed record EnvironmentPrincipals(
    EnvironmentConfig Environment, string PullRequest, string Push, string Deploy, string Execution, string Bucket, string Key, string StateBucket)
{
    public string Region => Environment.Region;

    public string Infrastructure => Environment.InfrastructureAccount;

    public string Runtime => Environment.RuntimeAccount;

    /// <summary>The runtime-account role the environment's Terraform assumes.</summary>
    public required string Provisioning { get; init; }

    /// <summary>The permissions boundary every role the environment creates in the runtime account carries.</summary>
    public required string Boundary { get; init; }

    /// <summary>The permissions boundary of the roles the stacks' templates create (the functions' roles).</summary>
    public required string FunctionBoundary { get; init; }

    /// <summary>The infrastructure-account role developers assume for ephemeral stacks (null: none configured).</summary>
    public string? Developer { get; init; }

    /// <summary>The runtime-account role the developer role assumes for ephemeral stacks (null: none configured).</summary>
    public string? EphemeralRole { get; init; }

    public string Object(string key) => $"arn:aws:s3:::{Bucket}/{key}";

    public string BucketArn => $"arn:aws:s3:::{Bucket}";

    public string Stack(string name) => $"arn:aws:cloudformation:{Region}:{Runtime}:stack/{name}/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9";

    public static EnvironmentPrincipals Find(EnvironmentConfig environment, RenderedPolicies policies, string stateBucket)
    {
        var outputs = policies.Outputs.GetValueOrDefault(environment.Name)
            ?? throw new InvalidOperationException($"Nothing was rendered for environment {environment.Name}.");
        string Output(string name) => outputs.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"Root {environment.Terraform} has no output {name}; the pipeline reads its roles from it.");
        // One pull-request role may serve every environment: the bootstrap of the environment that hosts it outputs it.
        var pullRequest = policies.Outputs.Values.Select(o => o.GetValueOrDefault("pull_request_role_arn")).FirstOrDefault(arn => arn is not null)
            ?? throw new InvalidOperationException("No bootstrap root output pull_request_role_arn; infra/bootstrap creates the pull-request role in the first environment.");
        policies.Buckets.TryAdd(stateBucket, (environment.InfrastructureAccount, null));
        return new EnvironmentPrincipals(
            environment,
            pullRequest,
            Output("push_role_arn"),
            Output(TerraformOutputNames.DeployRoleArn),
            Output(TerraformOutputNames.CloudFormationRoleArn),
            Output(TerraformOutputNames.ArtifactBucket),
            Output(TerraformOutputNames.KmsKeyArn),
            stateBucket)
        {
            Provisioning = Output("provisioning_role_arn"),
            Boundary = Output("permissions_boundary_arn"),
            FunctionBoundary = Output("function_boundary_arn"),
            Developer = outputs.GetValueOrDefault("developer_role_arn"),
            EphemeralRole = outputs.GetValueOrDefault("ephemeral_role_arn"),
        };
    }
}

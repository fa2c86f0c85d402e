using Pipeline.Artifacts;
using Pipeline.Configuration;
using static Pipeline.Permissions.PermissionCaseTable;

namespace Pipeline.Permissions;

/// <summary>
/// A developer running DeployEphemeral/DestroyEphemeral with their own profile: their sign-in role (pipeline.json's
/// ephemeral.developerRoleArns) assumes the developer role, which reads the environment's Terraform outputs, uploads the
/// package and assumes the runtime account's ephemeral role; that one changes the ephemeral stacks and nothing else.
/// </summary>
public sealed class DeveloperCases(PipelineConfig config, EnvironmentPrincipals env, IReadOnlyList<TemplateResource> template, HandlerRequests handlers)
{
    private const string SampleSha = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
    private const string SampleCommit = "0123456789abcdef0123456789abcdef01234567";

    private string EphemeralSpace => ArtifactKeys.Space(config.Application, ephemeral: true);

    public IEnumerable<PermissionCase> Build()
    {
        if (config.Ephemeral is not { DeveloperRoleArns.Count: > 0 } ephemeral || ephemeral.BasedOn != env.Environment.Name)
        {
            return [];
        }

        var developer = env.Developer ?? throw new InvalidOperationException(
            $"pipeline.json names developer roles, but infra/bootstrap for {env.Environment.Name} has no output developer_role_arn.");
        var runtime = env.EphemeralRole ?? throw new InvalidOperationException(
            $"pipeline.json names developer roles, but {env.Environment.Terraform} has no output ephemeral_role_arn.");
        var stack = config.ForEphemeral(DeployRoleCases.SampleFeatureBranch(ephemeral.BranchPattern)).StackName;
        return [.. SignIn(ephemeral, developer), .. Developer(developer, runtime, stack), .. Ephemeral(runtime, stack)];
    }

    private IEnumerable<PermissionCase> SignIn(EphemeralConfig ephemeral, string developer)
    {
        var who = "developer sign-in role";
        foreach (var pattern in ephemeral.DeveloperRoleArns)
        {
            var signIn = pattern.Replace("*", "0123abcd4567ef89", StringComparison.Ordinal);
            yield return Allow(who, $"{signIn} assumes the developer role", AccessRequest.Of(signIn, "sts:AssumeRole", developer));
            yield return Deny(who, "assume the push build role", AccessRequest.Of(signIn, "sts:AssumeRole", env.Push));
        }

        var other = $"arn:aws:iam::{env.Infrastructure}:role/someone-else";
        yield return Deny("another role of the infrastructure account", "assume the developer role", AccessRequest.Of(other, "sts:AssumeRole", developer));
        yield return Deny("unrelated account", "assume the developer role", AccessRequest.Of(Intruder, "sts:AssumeRole", developer));
    }

    private IEnumerable<PermissionCase> Developer(string developer, string runtime, string stack)
    {
        var who = $"{env.Environment.Name} developer role";
        var state = $"arn:aws:s3:::{env.StateBucket}/{Path.GetFileName(env.Environment.Terraform)}/terraform.tfstate";
        var package = env.Object(ArtifactKeys.Package(EphemeralSpace, SampleSha));
        var record = env.Object(ArtifactKeys.Stack(EphemeralSpace, stack));
        var viaS3 = ViaS3(env, env.Infrastructure);
        yield return Allow(who, "list the state bucket (terraform output)", AccessRequest.Of(developer, "s3:ListBucket", $"arn:aws:s3:::{env.StateBucket}"));
        yield return Allow(who, "read the Terraform state (terraform output)", AccessRequest.Of(developer, "s3:GetObject", state));
        yield return Allow(who, "upload the feature branch's package", AccessRequest.Of(developer, "s3:PutObject", package, Encrypted(env, env.Key)));
        yield return Allow(who, "UploadPart (carries no encryption headers)", AccessRequest.Of(developer, "s3:PutObject", package));
        yield return Allow(who, "verify the upload (HeadObject)", AccessRequest.Of(developer, "s3:GetObject", package));
        yield return Allow(who, "list the stack records", AccessRequest.Of(developer, "s3:ListBucket", env.BucketArn));
        yield return Allow(who, "S3 asks KMS for a data key for the put", AccessRequest.Of(developer, "kms:GenerateDataKey", env.Key, viaS3));
        yield return Allow(who, "S3 decrypts for HeadObject", AccessRequest.Of(developer, "kms:Decrypt", env.Key, viaS3));
        yield return Allow(who, "record the feature branch's commit", AccessRequest.Of(developer, "s3:PutObject", env.Object(ArtifactKeys.Commit(EphemeralSpace, SampleCommit)), Encrypted(env, env.Key)));
        yield return Allow(who, "record the ephemeral stack's package", AccessRequest.Of(developer, "s3:PutObject", record, Encrypted(env, env.Key)));
        yield return Allow(who, "DestroyEphemeral reads the stack's record", AccessRequest.Of(developer, "s3:GetObject", record));
        yield return Allow(who, "DestroyEphemeral releases the stack's record", AccessRequest.Of(developer, "s3:DeleteObject", record));
        yield return Allow(who, "DestroyEphemeral deletes the stack's package", AccessRequest.Of(developer, "s3:DeleteObject", package));
        yield return Allow(who, "DestroyEphemeral deletes the package's manifest", AccessRequest.Of(developer, "s3:DeleteObject", env.Object(ArtifactKeys.Manifest(EphemeralSpace, SampleSha))));
        foreach (var (what, key) in EnvironmentKeys())
        {
            yield return Deny(who, $"plant {what}", AccessRequest.Of(developer, "s3:PutObject", env.Object(key), Encrypted(env, env.Key)));
            yield return Deny(who, $"delete {what}", AccessRequest.Of(developer, "s3:DeleteObject", env.Object(key)));
        }

        yield return Allow(who, "assume the ephemeral role", AccessRequest.Of(developer, "sts:AssumeRole", runtime));
        yield return Deny(who, "write the Terraform state", AccessRequest.Of(developer, "s3:PutObject", state));
        yield return Deny(who, "take the Terraform state lock", AccessRequest.Of(developer, "s3:PutObject", state + ".tflock"));
        yield return Deny(who, "put without encryption headers naming the key", AccessRequest.Of(developer, "s3:PutObject", package, ("s3:x-amz-server-side-encryption", "AES256")));
        yield return Deny(who, "encrypt with the artifact key directly", AccessRequest.Of(developer, "kms:Encrypt", env.Key));
        yield return Deny(who, "assume the deploy role", AccessRequest.Of(developer, "sts:AssumeRole", env.Deploy));
        yield return Deny(who, "assume the runtime provisioning role", AccessRequest.Of(developer, "sts:AssumeRole", env.Provisioning));
        yield return Deny(who, "assume the CloudFormation execution role", AccessRequest.Of(developer, "sts:AssumeRole", env.Execution));
    }

    private IEnumerable<PermissionCase> Ephemeral(string runtime, string stack)
    {
        var who = $"{env.Environment.Name} ephemeral role";
        foreach (var action in DeployRoleCases.StackActions)
        {
            yield return Allow(who, $"{action} on ephemeral stack {stack}", AccessRequest.Of(runtime, "cloudformation:" + action, env.Stack(stack)));
        }

        foreach (var resource in template)
        {
            foreach (var permission in resource.Needed("read"))
            {
                yield return Allow(who, $"drift detection reads {resource.LogicalId} ({resource.Type}) of {stack}", handlers.For(runtime, permission, stack, resource));
            }
        }

        var function = $"arn:aws:lambda:{env.Region}:{env.Runtime}:function:{stack}";
        foreach (var action in DeployRoleCases.ReleaseActions)
        {
            var qualified = action.EndsWith("Alias", StringComparison.Ordinal) ? $"{function}:{env.Environment.Release.Alias}" : function;
            yield return Allow(who, $"release: {action} on {stack}'s function", AccessRequest.Of(runtime, "lambda:" + action, qualified));
        }

        foreach (var action in DeployRoleCases.AccountActions)
        {
            yield return Allow(who, action, AccessRequest.Of(runtime, "cloudformation:" + action, "*"));
        }

        yield return Allow(who, "pass the execution role to CloudFormation", AccessRequest.Of(runtime, "iam:PassRole", env.Execution, ("iam:PassedToService", "cloudformation.amazonaws.com")));
        var own = env.Environment.StackName;
        foreach (var action in new[] { "CreateChangeSet", "ExecuteChangeSet", "DeleteStack", "DeleteChangeSet" })
        {
            yield return Deny(who, $"{action} on the environment's own stack {own}", AccessRequest.Of(runtime, "cloudformation:" + action, env.Stack(own)));
        }

        yield return Deny(who, $"move the alias of {own}'s function", AccessRequest.Of(runtime, "lambda:UpdateAlias",
            $"arn:aws:lambda:{env.Region}:{env.Runtime}:function:{own}:{env.Environment.Release.Alias}"));
        yield return Deny(who, "pass the deploy role", AccessRequest.Of(runtime, "iam:PassRole", env.Deploy, ("iam:PassedToService", "cloudformation.amazonaws.com")));
        yield return Deny(who, "pass the execution role to another service", AccessRequest.Of(runtime, "iam:PassRole", env.Execution, ("iam:PassedToService", "lambda.amazonaws.com")));
        yield return Deny(who, "change a stack outside the ephemeral prefix", AccessRequest.Of(runtime, "cloudformation:CreateChangeSet", env.Stack("someone-elses-stack")));
        yield return Deny(who, $"import an existing resource (the environment's function, a pipeline role) into {stack}", AccessRequest.Of(runtime, "cloudformation:CreateChangeSet",
            env.Stack(stack), ("cloudformation:ImportResourceTypes", "AWS::Lambda::Function")));
        yield return Deny(who, $"turn termination protection off on {stack}", AccessRequest.Of(runtime, "cloudformation:UpdateTerminationProtection", env.Stack(stack)));
        yield return Deny(who, "read an artifact (the developer role uploads; CloudFormation's role reads)", AccessRequest.Of(runtime, "s3:GetObject",
            env.Object(ArtifactKeys.Package(EphemeralSpace, SampleSha))));
        yield return Deny($"{env.Environment.Name} push build", "assume the ephemeral role", AccessRequest.Of(env.Push, "sts:AssumeRole", runtime));
    }

    // What the push build writes and the environment's stacks run: never the developer's to write or delete.
    private IEnumerable<(string What, string Key)> EnvironmentKeys() =>
    [
        ("a package under its content address", ArtifactKeys.Package(config.Application, SampleSha)),
        ("a package's manifest", ArtifactKeys.Manifest(config.Application, SampleSha)),
        ("the commit record prod promotes from", ArtifactKeys.Commit(config.Application, SampleCommit)),
        ($"{env.Environment.StackName}'s stack record", ArtifactKeys.Stack(config.Application, env.Environment.StackName)),
    ];
}

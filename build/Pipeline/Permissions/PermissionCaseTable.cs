using Pipeline.Artifacts;
using Pipeline.Configuration;

namespace Pipeline.Permissions;

/// <summary>
/// Every request each principal of the pipeline makes, and the requests it must never be able to make, as
/// cases against the rendered policies. Principals and resources come from what Terraform rendered.
/// </summary>
public sealed class PermissionCaseTable(PipelineConfig config, RenderedPolicies policies, IReadOnlyList<TemplateResource> template)
{
    /// <summary>The artifact store's requests as the emulator recorded them; each becomes a must-allow case of every push build.</summary>
    public ArtifactRecording.Recording? Recording { get; init; }

    /// <summary>The deploy stage's requests as the emulator recorded them; they become the deploy role's must-allow cases.</summary>
    public DeployRecording.Recording? DeployRecording { get; init; }

    public const string Intruder = "arn:aws:iam::999999999999:role/intruder";
    private const string SampleSha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public IReadOnlyList<PermissionCase> Build(Func<EnvironmentConfig, string> stateBucket)
    {
        var environments = config.Environments.Values.Select(e => EnvironmentPrincipals.Find(e, policies, stateBucket(e))).ToList();
        var cases = new List<PermissionCase>();
        foreach (var env in environments)
        {
            cases.AddRange(PushCases(env));
            cases.AddRange(RecordedCases(env));
            cases.AddRange(PullRequestCases(env));
            cases.AddRange(BucketGuardCases(env));
            var handlers = new HandlerRequests(env, PackageKey) { Boundary = Boundary(env) };
            var deploy = new DeployRoleCases(config, env, template, handlers) { Recording = DeployRecording };
            cases.AddRange(deploy.Build());
            cases.AddRange(new ExecutionRoleCases(env, template, handlers, deploy.Stacks()).Build());
            cases.AddRange(new ProvisioningRoleCases(env).Build());
            cases.AddRange(new DeveloperCases(config, env, template, handlers).Build());
            foreach (var other in environments.Where(o => o.Environment.Name != env.Environment.Name))
            {
                cases.AddRange(CrossEnvironmentCases(env, other));
            }
        }

        return cases;
    }

    /// <summary>The boundary the build passes as the template's PermissionsBoundaryArn (the bootstrap's function boundary).</summary>
    public static string Boundary(EnvironmentPrincipals env) => env.FunctionBoundary;

    private string PackageKey => ArtifactKeys.Package(config.Application, SampleSha);

    private string StateKey(EnvironmentPrincipals env) => $"{Path.GetFileName(env.Environment.Terraform)}/terraform.tfstate";

    private IEnumerable<PermissionCase> PushCases(EnvironmentPrincipals env)
    {
        var who = $"{env.Environment.Name} push build";
        var put = Encrypted(env, env.Key);
        yield return Allow(who, "upload the package (PutObject, SSE-KMS with the bucket's key)", AccessRequest.Of(env.Push, "s3:PutObject", env.Object(PackageKey), put));
        yield return Allow(who, "start a multipart upload (CreateMultipartUpload carries the encryption headers)", AccessRequest.Of(env.Push, "s3:PutObject", env.Object(PackageKey), put));
        yield return Allow(who, "UploadPart (carries no encryption headers)", AccessRequest.Of(env.Push, "s3:PutObject", env.Object(PackageKey)));
        yield return Allow(who, "CompleteMultipartUpload (carries no encryption headers)", AccessRequest.Of(env.Push, "s3:PutObject", env.Object(PackageKey)));
        yield return Allow(who, "abort a failed multipart upload", AccessRequest.Of(env.Push, "s3:AbortMultipartUpload", env.Object(PackageKey)));
        yield return Allow(who, "list leftover multipart uploads to clean them up", AccessRequest.Of(env.Push, "s3:ListBucketMultipartUploads", env.BucketArn));
        yield return Allow(who, "verify the upload (HeadObject)", AccessRequest.Of(env.Push, "s3:GetObject", env.Object(PackageKey)));
        yield return Allow(who, "list the stack records (ListObjectsV2)", AccessRequest.Of(env.Push, "s3:ListBucket", env.BucketArn));
        yield return Allow(who, "S3 asks KMS for a data key for the put", AccessRequest.Of(env.Push, "kms:GenerateDataKey", env.Key, ViaS3(env, env.Infrastructure)));
        yield return Allow(who, "S3 decrypts for HeadObject/GetObject and multipart completion", AccessRequest.Of(env.Push, "kms:Decrypt", env.Key, ViaS3(env, env.Infrastructure)));
        yield return Allow(who, "assume the deploy role", AccessRequest.Of(env.Push, "sts:AssumeRole", env.Deploy));
        foreach (var state in StateRequests(env))
        {
            yield return Allow(who, state.Why, state.Request);
        }

        yield return Allow(who, "assume the runtime provisioning role (Terraform's runtime provider)", AccessRequest.Of(env.Push, "sts:AssumeRole", env.Provisioning));
        yield return Deny(who, "assume the CloudFormation execution role", AccessRequest.Of(env.Push, "sts:AssumeRole", env.Execution));
        var tags = new[] { ("aws:RequestTag/Environment", env.Environment.Name), ("aws:RequestTag/Application", config.Application) };
        yield return Allow(who, "create the artifact key with its tags (Terraform)", AccessRequest.Of(env.Push, "kms:CreateKey", "*", tags));
        yield return Deny(who, "retag a key another environment claimed (its Environment tag) as its own", AccessRequest.Of(env.Push, "kms:TagResource",
            env.Key, [.. tags, ("aws:ResourceTag/Environment", "another")]));
    }

    private IEnumerable<PermissionCase> RecordedCases(EnvironmentPrincipals env)
    {
        if (Recording is not { } recording)
        {
            yield break;
        }

        var requests = recording.Requests.Select(request =>
        {
            if (request.AccessKey != recording.SessionAccessKey)
            {
                throw new InvalidOperationException($"Recorded {request.Shown} was signed with {request.AccessKey}, not the push build's session.");
            }

            var (action, bucket, key, context) = S3Authorization.Map(request);
            if (bucket != recording.Bucket.Name)
            {
                throw new InvalidOperationException($"Recorded {request.Shown} went to bucket {bucket}, not the artifact bucket {recording.Bucket.Name}.");
            }

            // The recording ran against a bucket and key of its own; the case asks the same of the environment's.
            var mapped = context.Select(c => c.Item2 == recording.Bucket.KmsKeyArn ? (c.Item1, env.Key) : c).ToArray();
            return (request.Shown, Request: AccessRequest.Of(env.Push, action, key is null ? env.BucketArn : env.Object(key), mapped));
        });
        foreach (var group in requests.GroupBy(r => (r.Request.Action, r.Request.Resource, Context: string.Join(",", r.Request.Context.Select(c => c.Key + "=" + c.Value)))))
        {
            var first = group.First();
            var shown = group.Count() == 1 ? first.Shown : $"{first.Shown} and {group.Count() - 1} alike";
            yield return Allow($"{env.Environment.Name} push build", $"recorded: {shown}", first.Request);
        }
    }

    private IEnumerable<PermissionCase> PullRequestCases(EnvironmentPrincipals env)
    {
        var who = $"{env.Environment.Name} pull-request build";
        yield return Deny(who, "upload an artifact", AccessRequest.Of(env.PullRequest, "s3:PutObject", env.Object(PackageKey), Encrypted(env, env.Key)));
        yield return Deny(who, "encrypt with the artifact key", AccessRequest.Of(env.PullRequest, "kms:GenerateDataKey", env.Key, ViaS3(env, env.Infrastructure)));
        yield return Deny(who, "encrypt with the artifact key directly", AccessRequest.Of(env.PullRequest, "kms:Encrypt", env.Key));
        yield return Deny(who, "write Terraform state", AccessRequest.Of(env.PullRequest, "s3:PutObject", $"arn:aws:s3:::{env.StateBucket}/{StateKey(env)}"));
        yield return Deny(who, "take the Terraform state lock", AccessRequest.Of(env.PullRequest, "s3:PutObject", $"arn:aws:s3:::{env.StateBucket}/{StateKey(env)}.tflock"));
        yield return Deny(who, "assume the deploy role", AccessRequest.Of(env.PullRequest, "sts:AssumeRole", env.Deploy));
        yield return Deny(who, "assume the CloudFormation execution role", AccessRequest.Of(env.PullRequest, "sts:AssumeRole", env.Execution));
        yield return Deny(who, "assume the runtime provisioning role", AccessRequest.Of(env.PullRequest, "sts:AssumeRole", env.Provisioning));
        yield return Deny(who, "assume the push build role", AccessRequest.Of(env.PullRequest, "sts:AssumeRole", env.Push));
        yield return Deny(who, "read the Terraform state", AccessRequest.Of(env.PullRequest, "s3:GetObject", $"arn:aws:s3:::{env.StateBucket}/{StateKey(env)}"));
        yield return Deny(who, "read an artifact", AccessRequest.Of(env.PullRequest, "s3:GetObject", env.Object(PackageKey)));
    }

    private IEnumerable<PermissionCase> BucketGuardCases(EnvironmentPrincipals env)
    {
        var who = $"{env.Environment.Name} push build";
        var otherKey = $"arn:aws:kms:{env.Region}:{env.Infrastructure}:key/00000000-0000-4000-8000-000000000000";
        yield return Deny(who, "put with AES256 instead of SSE-KMS", AccessRequest.Of(env.Push, "s3:PutObject", env.Object(PackageKey), ("s3:x-amz-server-side-encryption", "AES256")));
        yield return Deny(who, "put with another KMS key", AccessRequest.Of(env.Push, "s3:PutObject", env.Object(PackageKey), Encrypted(env, otherKey)));
        yield return Deny(who, "put naming the key by alias", AccessRequest.Of(env.Push, "s3:PutObject", env.Object(PackageKey), Encrypted(env, $"arn:aws:kms:{env.Region}:{env.Infrastructure}:alias/{env.Bucket}")));
        yield return Deny(who, "put without TLS", AccessRequest.Of(env.Push, "s3:PutObject", env.Object(PackageKey), [.. Encrypted(env, env.Key), ("aws:SecureTransport", "false")]));
        yield return Deny($"{env.Environment.Name} deploy role", "read the package without TLS", AccessRequest.Of(env.Deploy, "s3:GetObject", env.Object(PackageKey), ("aws:SecureTransport", "false")));
        yield return Deny("unrelated account", "read the package", AccessRequest.Of(Intruder, "s3:GetObject", env.Object(PackageKey)));
        yield return Deny("unrelated account", "decrypt with the artifact key", AccessRequest.Of(Intruder, "kms:Decrypt", env.Key, ViaS3(env, "999999999999")));
        yield return Deny("unrelated account", "assume the deploy role", AccessRequest.Of(Intruder, "sts:AssumeRole", env.Deploy));
        yield return Deny("unrelated account", "assume the push build role", AccessRequest.Of(Intruder, "sts:AssumeRole", env.Push));
    }

    private IEnumerable<PermissionCase> CrossEnvironmentCases(EnvironmentPrincipals env, EnvironmentPrincipals other)
    {
        var push = $"{env.Environment.Name} push build";
        yield return Deny(push, $"assume {other.Environment.Name}'s deploy role", AccessRequest.Of(env.Push, "sts:AssumeRole", other.Deploy));
        yield return Deny(push, $"assume {other.Environment.Name}'s provisioning role", AccessRequest.Of(env.Push, "sts:AssumeRole", other.Provisioning));
        yield return Deny(push, $"write {other.Environment.Name}'s Terraform state", AccessRequest.Of(env.Push, "s3:PutObject", $"arn:aws:s3:::{other.StateBucket}/{StateKey(other)}"));
        yield return Deny(push, $"take {other.Environment.Name}'s state lock", AccessRequest.Of(env.Push, "s3:PutObject", $"arn:aws:s3:::{other.StateBucket}/{StateKey(other)}.tflock"));
        yield return Deny(push, $"upload to {other.Environment.Name}'s artifact bucket", AccessRequest.Of(env.Push, "s3:PutObject", other.Object(PackageKey), Encrypted(other, other.Key)));
        if (env.Environment.IsProduction && !other.Environment.IsProduction)
        {
            // FindPromotableArtifact: prod's push build reads preprod's record of the stack it runs, nothing else.
            var record = other.Object(ArtifactKeys.Stack(config.Application, other.Environment.StackName));
            yield return Allow(push, $"read {other.Environment.Name}'s stack record to promote by content", AccessRequest.Of(env.Push, "s3:GetObject", record));
            yield return Allow(push, $"S3 decrypts {other.Environment.Name}'s stack record with its key", AccessRequest.Of(env.Push, "kms:Decrypt", other.Key, ViaS3(other, env.Infrastructure)));
            yield return Deny(push, $"read {other.Environment.Name}'s package", AccessRequest.Of(env.Push, "s3:GetObject", other.Object(PackageKey)));
        }

        // Promotion reads the other environment's record by content, never its bucket or key (issue 10).
        if (other.Environment.IsProduction && !env.Environment.IsProduction)
        {
            foreach (var role in new[] { ("deploy role", env.Deploy), ("execution role", env.Execution), ("push build", env.Push) })
            {
                var who = $"{env.Environment.Name} {role.Item1}";
                yield return Deny(who, $"read {other.Environment.Name}'s package", AccessRequest.Of(role.Item2, "s3:GetObject", other.Object(PackageKey)));
                yield return Deny(who, $"decrypt with {other.Environment.Name}'s key", AccessRequest.Of(role.Item2, "kms:Decrypt", other.Key, ViaS3(other, role.Item2.Split(':')[4])));
                yield return Deny(who, $"assume {other.Environment.Name}'s deploy role", AccessRequest.Of(role.Item2, "sts:AssumeRole", other.Deploy));
            }
        }
    }

    private IEnumerable<(string Why, AccessRequest Request)> StateRequests(EnvironmentPrincipals env)
    {
        var state = $"arn:aws:s3:::{env.StateBucket}/{StateKey(env)}";
        yield return ("list the state bucket (Terraform backend)", AccessRequest.Of(env.Push, "s3:ListBucket", $"arn:aws:s3:::{env.StateBucket}"));
        yield return ("read the Terraform state", AccessRequest.Of(env.Push, "s3:GetObject", state));
        yield return ("write the Terraform state", AccessRequest.Of(env.Push, "s3:PutObject", state));
        yield return ("take the state lock file", AccessRequest.Of(env.Push, "s3:PutObject", state + ".tflock"));
        yield return ("read the state lock file", AccessRequest.Of(env.Push, "s3:GetObject", state + ".tflock"));
        yield return ("release the state lock file", AccessRequest.Of(env.Push, "s3:DeleteObject", state + ".tflock"));
    }

    internal static (string, string)[] Encrypted(EnvironmentPrincipals env, string key) =>
        [("s3:x-amz-server-side-encryption", "aws:kms"), ("s3:x-amz-server-side-encryption-aws-kms-key-id", key)];

    internal static (string, string)[] ViaS3(EnvironmentPrincipals env, string callerAccount) =>
        [("kms:ViaService", $"s3.{env.Region}.amazonaws.com"), ("kms:CallerAccount", callerAccount)];

    internal static PermissionCase Allow(string who, string why, AccessRequest request) => new(who, why, request, MustAllow: true);

    internal static PermissionCase Deny(string who, string why, AccessRequest request) => new(who, why, request, MustAllow: false);
}

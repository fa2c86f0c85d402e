using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Permissions;
using Pipeline.Processes;
using Pipeline.Terraform;
using TestSupport;

namespace Permissions.Tests;

/// <summary>
/// The evaluator end to end on the real bucket-policy module, rendered offline by terraform console: quick
/// proof that the evaluator allows and denies, and that multipart parts (no encryption headers) get through.
/// </summary>
public class BucketPolicyEvaluationTests
{
    private const string Account = "111111111111";
    private const string Bucket = "greeter-preprod-artifacts-111111111111-eu-west-1";
    private const string Key = "arn:aws:kms:eu-west-1:111111111111:key/0b5c6f4e-1111-2222-3333-444455556666";
    private const string Writer = "arn:aws:iam::111111111111:role/greeter-preprod-push";
    private const string Reader = "arn:aws:iam::222222222222:role/greeter-preprod-deploy";
    private const string Object = $"arn:aws:s3:::{Bucket}/greeter/package.zip";

    private static readonly (string, string)[] Encrypted = [("s3:x-amz-server-side-encryption", "aws:kms"), ("s3:x-amz-server-side-encryption-aws-kms-key-id", Key)];

    [Test]
    public async Task Encrypted_put_is_allowed_by_the_writer_identity_policy()
    {
        var result = await EvaluateAsync(AccessRequest.Of(Writer, "s3:PutObject", Object, Encrypted));

        Assert.That(result.Decision, Is.EqualTo("Allowed"));
        Assert.That(result.Decisive, Does.Contain("identity:write#WriteArtifacts"));
    }

    [Test]
    public async Task Put_with_AES256_is_denied_by_the_bucket_policy()
    {
        var result = await EvaluateAsync(AccessRequest.Of(Writer, "s3:PutObject", Object, ("s3:x-amz-server-side-encryption", "AES256")));

        Assert.That(result.Decision, Is.EqualTo("ExplicitlyDenied"));
        Assert.That(result.Decisive, Does.Contain("resource#DenyUnencryptedObjectUploads"));
    }

    [TestCase("UploadPart")]
    [TestCase("CompleteMultipartUpload")]
    public async Task Multipart_requests_without_encryption_headers_are_allowed(string operation)
    {
        var result = await EvaluateAsync(AccessRequest.Of(Writer, "s3:PutObject", Object));

        Assert.That(result.Decision, Is.EqualTo("Allowed"), () => $"{operation} authorizes as s3:PutObject without encryption keys; decided by {string.Join(", ", result.Decisive)}");
    }

    [Test]
    public async Task Put_naming_aws_kms_without_this_key_is_denied()
    {
        var result = await EvaluateAsync(AccessRequest.Of(Writer, "s3:PutObject", Object, ("s3:x-amz-server-side-encryption", "aws:kms")));

        Assert.That(result.Decision, Is.EqualTo("ExplicitlyDenied"));
        Assert.That(result.Decisive, Does.Contain("resource#DenyKmsWithoutThisKey"));
    }

    [Test]
    public async Task Reads_without_TLS_are_denied_even_for_a_reader()
    {
        var result = await EvaluateAsync(AccessRequest.Of(Reader, "s3:GetObject", Object, ("aws:SecureTransport", "false")));

        Assert.That(result.Decision, Is.EqualTo("ExplicitlyDenied"));
        Assert.That(result.Decisive, Does.Contain("resource#DenyInsecureTransport"));
    }

    [Test]
    public async Task A_cross_account_reader_needs_no_more_than_the_bucket_policy_grant()
    {
        var result = await EvaluateAsync(AccessRequest.Of(Reader, "s3:GetObject", Object));

        Assert.That(result.Decision, Is.EqualTo("Allowed"));
    }

    private static async Task<PermissionResult> EvaluateAsync(AccessRequest request)
    {
        var policies = new RenderedPolicies();
        policies.Buckets[Bucket] = (Account, await RenderBucketPolicyAsync());
        var writer = new RenderedRole(Writer, "greeter-preprod-push", new JsonObject());
        writer.Policies.Add(new NamedPolicy("write", JsonNode.Parse("""{"Version":"2012-10-17","Statement":[{"Sid":"WriteArtifacts","Effect":"Allow","Action":["s3:PutObject","s3:GetObject"],"Resource":"arn:aws:s3:::greeter-preprod-artifacts-111111111111-eu-west-1/*"}]}""")!));
        var reader = new RenderedRole(Reader, "greeter-preprod-deploy", new JsonObject());
        reader.Policies.Add(new NamedPolicy("read", JsonNode.Parse("""{"Version":"2012-10-17","Statement":[{"Sid":"ReadArtifacts","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""")!));
        policies.Roles[Writer] = writer;
        policies.Roles[Reader] = reader;

        var results = await new IamSimulator(Repository.Tools, TestContext.Progress.WriteLine).EvaluateAsync([new PermissionCase("test", "test", request, MustAllow: true)], policies);
        Assert.That(results[0].Error, Is.Null);
        return results[0];
    }

    private static async Task<JsonNode> RenderBucketPolicyAsync()
    {
        LocalTools.Require("terraform");
        var module = Path.Combine(Repository.Root, "infra", "modules", "artifact-store", "modules", "bucket-policy");
        var scratch = Repository.Scratch("bucket-policy-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(scratch, "expression.txt");
        await File.WriteAllTextAsync(input, "jsonencode(local.policy)\n");
        var result = await new ProcessRunner().RunAsync(new ProcessSpec("sh", ["-c", "exec terraform \"$@\" < \"$EXPRESSION\"", "terraform",
            "console", "-no-color", $"-var=bucket_arn=arn:aws:s3:::{Bucket}", $"-var=kms_key_arn={Key}", $"-var=reader_role_arns=[\"{Reader}\"]", "-var=enforce_denies=true"])
        {
            WorkingDirectory = module,
            Environment = new Dictionary<string, string?> { ["TF_DATA_DIR"] = Path.Combine(scratch, ".terraform"), ["EXPRESSION"] = input, [TerraformCliConfig.ConfigVariable] = TerraformCliConfig.Write(scratch) },
            Timeout = TimeSpan.FromMinutes(2),
        });
        Assert.That(result.ExitCode, Is.Zero, () => result.StandardError);
        return JsonNode.Parse(JsonSerializer.Deserialize<string>(result.StandardOutput.Trim())!)!;
    }
}

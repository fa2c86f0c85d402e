using System.Text.Json;
using TestSupport;

namespace Pipeline.Tests.Infra;

/// <summary>
/// The artifact bucket's real policy, rendered by the module's own policy code. moto enforces every Deny
/// whatever its condition, so the emulator run leaves them out; this proves the real policy keeps them.
/// </summary>
public class BucketPolicyTests
{
    private const string Bucket = "arn:aws:s3:::demo-preprod-artifacts";
    private const string Key = "arn:aws:kms:eu-west-1:123456789012:key/0b5c6f4e-1111-2222-3333-444455556666";
    private const string Reader = "arn:aws:iam::222222222222:role/demo-preprod-deploy";

    [Test]
    public async Task Real_policy_denies_insecure_transport_unencrypted_puts_and_other_keys()
    {
        var statements = await RenderAsync(enforceDenies: true);

        var denies = statements.Where(s => s.GetProperty("Effect").GetString() == "Deny").ToList();
        Assert.That(denies.Select(s => s.GetProperty("Sid").GetString()), Is.EquivalentTo(new[] { "DenyInsecureTransport", "DenyUnencryptedObjectUploads", "DenyOtherKmsKeys", "DenyKmsWithoutThisKey" }));
        Assert.That(Condition(denies[0]), Is.EqualTo("""{"Bool":{"aws:SecureTransport":"false"}}"""));
        // Multipart parts carry no encryption headers: each encryption Deny applies only when its header is present.
        Assert.That(Condition(denies[1]), Is.EqualTo("""{"Null":{"s3:x-amz-server-side-encryption":"false"},"StringNotEquals":{"s3:x-amz-server-side-encryption":"aws:kms"}}"""));
        Assert.That(Condition(denies[2]), Is.EqualTo($$$"""{"Null":{"s3:x-amz-server-side-encryption-aws-kms-key-id":"false"},"StringNotEquals":{"s3:x-amz-server-side-encryption-aws-kms-key-id":"{{{Key}}}"}}"""));
        Assert.That(Condition(denies[3]), Is.EqualTo("""{"Null":{"s3:x-amz-server-side-encryption-aws-kms-key-id":"true"},"StringEquals":{"s3:x-amz-server-side-encryption":"aws:kms"}}"""));
    }

    [Test]
    public async Task Runtime_roles_may_only_read()
    {
        var statements = await RenderAsync(enforceDenies: true);

        var allowed = statements.Where(s => s.GetProperty("Effect").GetString() == "Allow")
            .SelectMany(s => s.GetProperty("Action").ValueKind == JsonValueKind.Array
                ? s.GetProperty("Action").EnumerateArray().Select(a => a.GetString())
                : [s.GetProperty("Action").GetString()]);
        Assert.That(allowed, Is.EquivalentTo(new[] { "s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket" }));
        Assert.That(statements.Where(s => s.GetProperty("Effect").GetString() == "Allow").Select(s => s.GetProperty("Principal").GetRawText()),
            Has.All.EqualTo($$"""{"AWS":["{{Reader}}"]}"""));
    }

    [Test]
    public async Task Emulator_switch_drops_only_the_denies()
    {
        var statements = await RenderAsync(enforceDenies: false);

        Assert.That(statements, Has.Count.EqualTo(2));
        Assert.That(statements.Select(s => s.GetProperty("Effect").GetString()), Is.All.EqualTo("Allow"));
    }

    private static string Condition(JsonElement statement) => statement.GetProperty("Condition").GetRawText();

    private static async Task<List<JsonElement>> RenderAsync(bool enforceDenies)
    {
        LocalTools.Require("terraform");
        var module = Path.Combine(RepositoryLayout.Infra, "modules", "artifact-store", "modules", "bucket-policy");
        var terraform = new TerraformCli(module, TerraformCli.BaseEnvironment(Path.Combine(RepositoryLayout.Scratch("bucket-policy-" + enforceDenies), ".terraform")));

        // The module has no provider and no resources, so console evaluates it offline, without init or state.
        var result = await terraform.RunAsync(
            ["console", "-no-color", $"-var=bucket_arn={Bucket}", $"-var=kms_key_arn={Key}", $"-var=reader_role_arns=[\"{Reader}\"]", $"-var=enforce_denies={enforceDenies.ToString().ToLowerInvariant()}"],
            "jsonencode(local.policy)\n");
        Assert.That(result.ExitCode, Is.Zero, () => result.StandardError + result.StandardOutput);

        // console prints an HCL string literal; for this text its escapes are JSON's.
        var json = JsonSerializer.Deserialize<string>(result.StandardOutput.Trim())!;
        using var policy = JsonDocument.Parse(json);
        Assert.That(policy.RootElement.GetProperty("Version").GetString(), Is.EqualTo("2012-10-17"));
        return [.. policy.RootElement.GetProperty("Statement").EnumerateArray().Select(s => s.Clone())];
    }
}

using System.Text.Json;
using Pipeline.Configuration;

namespace Pipeline.Terraform;

/// <summary>The outputs of an environment's Terraform root that the package and deploy steps need.</summary>
public sealed record TerraformOutputs(string ArtifactBucket, string KmsKeyArn, string DeployRoleArn, string CloudFormationRoleArn)
{
    public const string ArtifactBucketName = TerraformOutputNames.ArtifactBucket;
    public const string KmsKeyArnName = TerraformOutputNames.KmsKeyArn;
    public const string DeployRoleArnName = TerraformOutputNames.DeployRoleArn;
    public const string CloudFormationRoleArnName = TerraformOutputNames.CloudFormationRoleArn;

    /// <summary>The outputs by name: what an environment's settings fall back to.</summary>
    public IReadOnlyDictionary<string, string> ByName() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ArtifactBucketName] = ArtifactBucket,
        [KmsKeyArnName] = KmsKeyArn,
        [DeployRoleArnName] = DeployRoleArn,
        [CloudFormationRoleArnName] = CloudFormationRoleArn,
    };

    /// <summary>Reads the text of <c>terraform output -json</c>.</summary>
    /// <param name="json">What terraform printed.</param>
    /// <param name="source">Where it came from (e.g. infra/environments/preprod), for error messages.</param>
    public static TerraformOutputs Parse(string json, string source = "the Terraform root")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        }
        catch (JsonException error)
        {
            throw new TerraformOutputsException(
                $"The outputs of {source} are not the JSON of 'terraform output -json': {error.Message} " +
                "Run 'terraform output -json' there and check it prints a JSON object.", error);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new TerraformOutputsException(
                    $"The outputs of {source} are not a JSON object. Pass the text of 'terraform output -json'.");
            }

            var outputs = new TerraformOutputs(
                Read(document.RootElement, ArtifactBucketName, source),
                Read(document.RootElement, KmsKeyArnName, source),
                Read(document.RootElement, DeployRoleArnName, source),
                Read(document.RootElement, CloudFormationRoleArnName, source));
            if (!outputs.KmsKeyArn.Contains(":key/", StringComparison.Ordinal))
            {
                throw new TerraformOutputsException(
                    $"Output '{KmsKeyArnName}' of {source} is '{outputs.KmsKeyArn}', not a key ARN (arn:aws:kms:<region>:<account>:key/<id>). " +
                    "Aliases cannot be resolved from the runtime account: make the output the key's ARN and apply again.");
            }

            return outputs;
        }
    }

    private static string Read(JsonElement root, string name, string source)
    {
        if (!root.TryGetProperty(name, out var output))
        {
            var present = string.Join(", ", root.EnumerateObject().Select(p => p.Name));
            throw new TerraformOutputsException(
                $"Terraform output '{name}' is missing from {source} (it has: {(present.Length == 0 ? "no outputs" : present)}). " +
                "Apply the environment's Terraform first (terraform apply in that folder), or add the output to its outputs.tf.");
        }

        var value = output.ValueKind == JsonValueKind.Object && output.TryGetProperty("value", out var inner) ? inner : output;
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new TerraformOutputsException(
                $"Terraform output '{name}' of {source} is not a non-empty string. Check its value in outputs.tf and apply again.");
        }

        return value.GetString()!;
    }
}

using System.Text.Json.Nodes;

namespace Pipeline.Permissions;

/// <summary>
/// Every principal and resource policy found in <c>terraform show -json</c> output: roles with their trust,
/// inline and attached policies and boundary, bucket policies and key policies. Nothing here knows a role's
/// name or purpose; the case table picks principals by the roots' outputs and the CodeBuild projects.
/// </summary>
public sealed class RenderedPolicies
{
    public Dictionary<string, RenderedRole> Roles { get; } = new(StringComparer.Ordinal);

    /// <summary>Bucket name to (owning account, policy or null).</summary>
    public Dictionary<string, (string Account, JsonNode? Policy)> Buckets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonNode> KeyPolicies { get; } = new(StringComparer.Ordinal);

    /// <summary>Key ARN to its tags (tags_all: the resource's and the provider's default tags).</summary>
    public Dictionary<string, Dictionary<string, string>> KeyTags { get; } = new(StringComparer.Ordinal);

    /// <summary>Customer managed policies by ARN.</summary>
    public Dictionary<string, JsonNode> ManagedPolicies { get; } = new(StringComparer.Ordinal);

    /// <summary>Per root, CodeBuild project name to its service role ARN.</summary>
    public Dictionary<string, Dictionary<string, string>> CodeBuildRoles { get; } = new(StringComparer.Ordinal);

    /// <summary>Root outputs, per root (the environment name the state was rendered for).</summary>
    public Dictionary<string, Dictionary<string, string>> Outputs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds one root's state; an environment with several roots (bootstrap and environment) adds each under its name. <paramref name="bucketAccount"/> is the account S3 buckets of this root live in:
    /// a bucket ARN carries no account, and the evaluator needs one.
    /// </summary>
    public void Add(string root, string showJson, string bucketAccount)
    {
        var values = JsonNode.Parse(showJson)?["values"] ?? throw new FormatException($"terraform show -json of {root} has no values: apply first.");
        var outputs = Outputs.TryGetValue(root, out var known) ? known : Outputs[root] = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var output in (values["outputs"]?.AsObject() ?? []).Where(o => o.Value?["value"] is JsonValue))
        {
            outputs[output.Key] = output.Value!["value"]!.ToString();
        }

        var resources = Walk(values["root_module"]).ToList();
        var projects = CodeBuildRoles.TryGetValue(root, out var found) ? found : CodeBuildRoles[root] = new Dictionary<string, string>(StringComparer.Ordinal);
        var rolesHere = new Dictionary<string, RenderedRole>(StringComparer.Ordinal);
        foreach (var (type, attributes) in resources.Where(r => r.Type == "aws_iam_role"))
        {
            var role = new RenderedRole(Text(attributes, "arn"), Text(attributes, "name"), Json(attributes, "assume_role_policy"))
            {
                BoundaryArn = attributes["permissions_boundary"]?.GetValue<string>() is { Length: > 0 } boundary ? boundary : null,
            };
            if (!rolesHere.TryAdd(role.Name, role))
            {
                throw new InvalidOperationException($"Root {root} creates two roles named {role.Name}; inline policies cannot be matched to one.");
            }

            Roles[role.Arn] = role;
        }

        foreach (var (_, attributes) in resources.Where(r => r.Type == "aws_iam_policy"))
        {
            ManagedPolicies[Text(attributes, "arn")] = Json(attributes, "policy");
        }

        foreach (var (type, attributes) in resources)
        {
            switch (type)
            {
                case "aws_iam_role_policy":
                    RoleNamed(rolesHere, root, Text(attributes, "role")).Policies.Add(new NamedPolicy(Text(attributes, "name"), Json(attributes, "policy")));
                    break;
                case "aws_iam_role_policy_attachment":
                    var policyArn = Text(attributes, "policy_arn");
                    var document = ManagedPolicies.GetValueOrDefault(policyArn)
                        ?? throw new InvalidOperationException($"Root {root} attaches {policyArn} to {Text(attributes, "role")}; only policies the roots create can be evaluated.");
                    RoleNamed(rolesHere, root, Text(attributes, "role")).Policies.Add(new NamedPolicy(policyArn.Split('/')[^1], document));
                    break;
                case "aws_s3_bucket":
                    Buckets.TryAdd(Text(attributes, "bucket"), (bucketAccount, null));
                    break;
                case "aws_s3_bucket_policy":
                    Buckets[Text(attributes, "bucket")] = (bucketAccount, Json(attributes, "policy"));
                    break;
                case "aws_kms_key":
                    KeyPolicies[Text(attributes, "arn")] = Json(attributes, "policy");
                    KeyTags[Text(attributes, "arn")] = (attributes["tags_all"]?.AsObject() ?? [])
                        .Where(tag => tag.Value is JsonValue)
                        .ToDictionary(tag => tag.Key, tag => tag.Value!.GetValue<string>(), StringComparer.Ordinal);
                    break;
                case "aws_codebuild_project":
                    projects[Text(attributes, "name")] = Text(attributes, "service_role");
                    break;
            }
        }
    }

    /// <summary>The boundary policy document of a role, when the roots create it.</summary>
    public JsonNode? Boundary(RenderedRole role) => role.BoundaryArn is { } arn ? ManagedPolicies.GetValueOrDefault(arn) : null;

    private static RenderedRole RoleNamed(Dictionary<string, RenderedRole> roles, string root, string name) =>
        roles.GetValueOrDefault(name) ?? throw new InvalidOperationException($"Root {root} has a policy for role {name}, which it does not create.");

    private static IEnumerable<(string Type, JsonNode Attributes)> Walk(JsonNode? module)
    {
        if (module is null)
        {
            yield break;
        }

        foreach (var resource in module["resources"]?.AsArray() ?? [])
        {
            if (resource?["mode"]?.GetValue<string>() == "managed" && resource["values"] is { } attributes)
            {
                yield return (resource["type"]!.GetValue<string>(), attributes);
            }
        }

        foreach (var child in module["child_modules"]?.AsArray() ?? [])
        {
            foreach (var found in Walk(child))
            {
                yield return found;
            }
        }
    }

    private static string Text(JsonNode attributes, string name) =>
        attributes[name]?.GetValue<string>() ?? throw new InvalidOperationException($"Attribute {name} is missing in the rendered state.");

    private static JsonNode Json(JsonNode attributes, string name) =>
        JsonNode.Parse(Text(attributes, name)) ?? throw new InvalidOperationException($"Attribute {name} is not a JSON document.");
}

using System.Text.Json.Nodes;
using Pipeline.Permissions;

namespace Permissions.Tests;

/// <summary>
/// One rendered policy statement as one line of text: the document it is in, then Sid, effect, principal, action,
/// resource and condition, each in a canonical form (object keys and array items sorted, one-item arrays as the item).
/// Key ARNs, random in the emulator, are written as the key's account and tags.
/// </summary>
internal sealed record StatementRow(string Document, JsonNode Statement, bool IsTrust, string Text)
{
    private static readonly string[] Fields = ["Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];

    public string Sid => Statement["Sid"]?.GetValue<string>() ?? "";

    public string Effect => Statement["Effect"]?.GetValue<string>() ?? "";

    public IReadOnlyList<string> Actions => Strings(Statement["Action"]);

    /// <summary>Principal type (AWS, Service, ...) and value; "*" for a bare wildcard.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Principals => Statement["Principal"] switch
    {
        JsonObject types => [.. types.SelectMany(t => Strings(t.Value).Select(v => new KeyValuePair<string, string>(t.Key, v)))],
        JsonValue value => [new("*", value.ToString())],
        _ => [],
    };

    public static IEnumerable<StatementRow> DeniesAndTrusts(RenderedPolicies policies)
    {
        var keys = KeyLabels(policies);
        foreach (var role in policies.Roles.Values)
        {
            foreach (var statement in Statements(role.Trust))
            {
                yield return Row($"trust of {role.Arn}", statement, isTrust: true, keys);
            }

            foreach (var policy in role.Policies.Where(p => !p.Name.StartsWith("arn:", StringComparison.Ordinal)))
            {
                foreach (var deny in Denies(policy.Document))
                {
                    yield return Row($"policy {policy.Name} of {role.Arn}", deny, isTrust: false, keys);
                }
            }
        }

        var documents = policies.ManagedPolicies.Select(p => ($"managed policy {p.Key}", (JsonNode?)p.Value))
            .Concat(policies.Buckets.Select(b => ($"bucket policy of {b.Key}", b.Value.Policy)))
            .Concat(policies.KeyPolicies.Select(k => ($"key policy of {keys[k.Key]}", (JsonNode?)k.Value)));
        foreach (var (document, policy) in documents.Where(d => d.Item2 is not null))
        {
            foreach (var deny in Denies(policy!))
            {
                yield return Row(document, deny, isTrust: false, keys);
            }
        }
    }

    private static StatementRow Row(string document, JsonNode statement, bool isTrust, IReadOnlyDictionary<string, string> keys)
    {
        var parts = new List<string> { document, statement["Sid"]?.GetValue<string>() ?? "-", statement["Effect"]?.GetValue<string>() ?? "?" };
        parts.AddRange(Fields.Where(f => statement[f] is not null).Select(f => $"{f} {Canonical(statement[f])}"));
        var text = string.Join(" | ", parts);
        foreach (var (arn, label) in keys)
        {
            text = text.Replace(arn, label, StringComparison.Ordinal);
        }

        return new StatementRow(document, statement, isTrust, text);
    }

    private static Dictionary<string, string> KeyLabels(RenderedPolicies policies) =>
        policies.KeyTags.ToDictionary(
            k => k.Key,
            k => $"<key in {k.Key.Split(':')[4]} {string.Join(",", k.Value.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value))}>",
            StringComparer.Ordinal);

    private static IEnumerable<JsonNode> Statements(JsonNode document) => document["Statement"] switch
    {
        JsonArray list => list.OfType<JsonNode>(),
        JsonObject single => [single],
        _ => [],
    };

    private static IEnumerable<JsonNode> Denies(JsonNode document) => Statements(document).Where(s => s["Effect"]?.GetValue<string>() == "Deny");

    private static string[] Strings(JsonNode? node) => node switch
    {
        JsonArray list => [.. list.Select(v => v!.ToString())],
        JsonValue value => [value.ToString()],
        _ => [],
    };

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject map => "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{Canonical(p.Value)}")) + "}",
        JsonArray { Count: 1 } one => Canonical(one[0]),
        JsonArray list => "[" + string.Join(",", list.Select(Canonical).Order(StringComparer.Ordinal)) + "]",
        null => "null",
        _ => node.ToString(),
    };
}

using System.Text.Json.Nodes;
using Pipeline.Processes;

namespace Pipeline.Permissions;

/// <summary>One template resource and the permissions its CloudFormation handlers call, by operation.</summary>
public sealed record TemplateResource(string LogicalId, string Type, IReadOnlySet<string> Properties, IReadOnlyDictionary<string, IReadOnlyList<string>> Handlers)
{
    /// <summary>The name the template gives the resource, ${AWS::StackName} unresolved; null when CloudFormation generates it.</summary>
    public string? Name { get; init; }

    /// <summary>The resource's physical name in the given stack, or CloudFormation's generated name when the template sets none.</summary>
    public string NameIn(string stack) => Name?.Replace("${AWS::StackName}", stack, StringComparison.Ordinal) ?? $"{stack}-{LogicalId}-AbCdEfGh1234";

    public IEnumerable<string> Needed(string operation) => Handlers.GetValueOrDefault(operation) ?? [];
}

/// <summary>
/// Reads a template's resources and their handler permissions through cfn-lint (tools/iam-simulate/template-handlers.py):
/// the permissions the CloudFormation execution role needs to create, update, delete and read (drift, rollback) them.
/// </summary>
public static class TemplateHandlers
{
    public static async Task<IReadOnlyList<TemplateResource>> ReadAsync(string toolDirectory, string template, string region, CancellationToken cancel = default)
    {
        var result = await new ProcessRunner().RunAsync(new ProcessSpec("python3", [Path.Combine(toolDirectory, "template-handlers.py"), template, region])
        {
            Timeout = TimeSpan.FromMinutes(2),
        }, cancel).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not read the handler permissions of {template} (python3 with cfn-lint is needed):{Environment.NewLine}{result.StandardError}");
        }

        return [.. JsonNode.Parse(result.StandardOutput)!.AsArray().Select(Parse)];
    }

    private static TemplateResource Parse(JsonNode? node)
    {
        var properties = node!["properties"]!.AsArray().Select(p => p!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var onlyWith = node["onlyWith"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
        var handlers = node["handlers"]!.AsObject().ToDictionary(
            h => h.Key,
            h => (IReadOnlyList<string>)[.. h.Value!.AsArray().Select(p => p!.GetValue<string>())
                .Where(p => !onlyWith.TryGetValue(p, out var property) || properties.Contains(property))
                .Distinct(StringComparer.Ordinal)],
            StringComparer.Ordinal);
        return new TemplateResource(node["logicalId"]!.GetValue<string>(), node["type"]!.GetValue<string>(), properties, handlers)
        {
            Name = node["name"]?.GetValue<string>(),
        };
    }
}

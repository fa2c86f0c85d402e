using System.Text.Json;

namespace Pipeline.Terraform;

/// <summary>
/// What a saved plan will do and what its refresh found, read from <c>terraform show -json plan</c>: the refresh
/// records each managed object that no longer matches the state as <c>resource_drift</c>.
/// </summary>
public sealed record TerraformSavedPlan(IReadOnlyList<TerraformResourceChange> Drift, IReadOnlyList<TerraformResourceChange> Changes)
{
    /// <summary>
    /// The plan only creates resources and nothing drifted, so applying it cannot alter or remove anything the running
    /// service uses: safe to apply before the build's checks pass (a first deploy, a new resource).
    /// </summary>
    public bool OnlyAddsResources =>
        Drift.Count == 0 && Changes.Any(c => c.Action == "create") && Changes.All(c => c.Action is "create" or "no-op" or "read");

    public static TerraformSavedPlan Parse(string planJson)
    {
        using var document = JsonDocument.Parse(planJson);
        return new TerraformSavedPlan(Read(document.RootElement, "resource_drift"), Read(document.RootElement, "resource_changes"));
    }

    private static List<TerraformResourceChange> Read(JsonElement plan, string property) =>
        plan.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array
            ? [.. items.EnumerateArray().Select(item => new TerraformResourceChange(
                item.GetProperty("address").GetString() ?? "?",
                item.TryGetProperty("type", out var type) ? type.GetString() ?? "?" : "?",
                item.TryGetProperty("change", out var change) && change.TryGetProperty("actions", out var actions)
                    ? string.Join("+", actions.EnumerateArray().Select(a => a.GetString()))
                    : "update"))]
            : [];
}

using System.Text.Json;

namespace Pipeline.Terraform;

/// <summary>
/// What changed outside Terraform, read from a saved plan's JSON (<c>terraform show -json plan</c>): the plan's
/// refresh records each managed object that no longer matches the state as <c>resource_drift</c>.
/// </summary>
public static class TerraformDrift
{
    public static IReadOnlyList<DriftedTerraformResource> Parse(string planJson)
    {
        using var document = JsonDocument.Parse(planJson);
        if (!document.RootElement.TryGetProperty("resource_drift", out var drift) || drift.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. drift.EnumerateArray().Select(item => new DriftedTerraformResource(
            item.GetProperty("address").GetString() ?? "?",
            item.TryGetProperty("type", out var type) ? type.GetString() ?? "?" : "?",
            item.TryGetProperty("change", out var change) && change.TryGetProperty("actions", out var actions)
                ? string.Join("+", actions.EnumerateArray().Select(a => a.GetString()))
                : "update"))];
    }
}

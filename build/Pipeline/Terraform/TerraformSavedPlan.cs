using System.Text.Json;

namespace Pipeline.Terraform;

/// <summary>
/// What a saved plan will do and what its refresh found, read from the events <c>terraform plan -json</c> streams:
/// one <c>planned_change</c> per resource it will change, one <c>resource_drift</c> per managed object that no longer
/// matches the state. Reading them from the plan itself spares a <c>terraform show -json</c>, which starts the
/// provider again only to load its schema.
/// </summary>
/// <remarks>
/// <see cref="Drift"/> keeps only the drift the plan acts on: a resource changed or deleted outside Terraform that the
/// apply changes back or creates again. The refresh also reports attributes that nothing in infra/ sets, such as a
/// role's inline_policy that aws_iam_role_policy writes or a bucket's policy that aws_s3_bucket_policy writes; they
/// differ after every first apply, the apply leaves them alone, and Terraform's own plan output does not show them.
/// </remarks>
public sealed record TerraformSavedPlan(IReadOnlyList<TerraformResourceChange> Drift, IReadOnlyList<TerraformResourceChange> Changes)
{
    /// <summary>
    /// The plan only creates resources (and reads data sources) and nothing drifted, so applying it cannot alter or
    /// remove anything the running service uses: safe to apply before the build's checks pass (a first deploy, a new
    /// resource). A move, an import or a removal from the state waits for the checks like any other change.
    /// </summary>
    public bool OnlyAddsResources =>
        Drift.Count == 0 && Changes.Any(c => c.Action == "create") && Changes.All(c => c.Action is "create" or "read");

    public static TerraformSavedPlan FromPlanEvents(IEnumerable<string> lines)
    {
        var drift = new List<TerraformResourceChange>();
        var changes = new List<TerraformResourceChange>();
        foreach (var line in lines)
        {
            if (TerraformPlanEvents.Parse(line) is not { } message)
            {
                continue;
            }

            using (message)
            {
                var root = message.RootElement;
                var list = TerraformPlanEvents.Text(root, "type") switch { "planned_change" => changes, "resource_drift" => drift, _ => null };
                if (list is not null && root.TryGetProperty("change", out var change))
                {
                    list.Add(Read(change));
                }
            }
        }

        var changed = changes.Select(c => c.Address).ToHashSet(StringComparer.Ordinal);
        return new TerraformSavedPlan([.. drift.Where(d => changed.Contains(d.Address))], changes);
    }

    private static TerraformResourceChange Read(JsonElement change)
    {
        var resource = change.ValueKind == JsonValueKind.Object && change.TryGetProperty("resource", out var r) ? r : default;
        return new TerraformResourceChange(
            TerraformPlanEvents.Text(resource, "addr") ?? "?", TerraformPlanEvents.Text(resource, "resource_type") ?? "?", TerraformPlanEvents.Text(change, "action") ?? "?");
    }
}

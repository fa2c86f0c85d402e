namespace Pipeline.Terraform;

/// <summary>A resource whose real state differs from Terraform's state; Action is "update" or "delete" (gone).</summary>
public sealed record DriftedTerraformResource(string Address, string Type, string Action);

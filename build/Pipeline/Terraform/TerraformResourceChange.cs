namespace Pipeline.Terraform;

/// <summary>
/// One resource in a saved plan: a planned change ("create", "update", "delete", "delete+create", "no-op", "read"),
/// or for drift what the refresh found ("update", or "delete" when the object is gone).
/// </summary>
public sealed record TerraformResourceChange(string Address, string Type, string Action);

namespace Pipeline.Terraform;

/// <summary>
/// One resource in a plan's events: a planned change ("create", "read", "update", "replace", "delete", "move",
/// "import", "remove"), or for drift what the refresh found ("update", or "delete" when the object is gone).
/// </summary>
public sealed record TerraformResourceChange(string Address, string Type, string Action);

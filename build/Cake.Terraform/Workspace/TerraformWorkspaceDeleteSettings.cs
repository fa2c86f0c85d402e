namespace Cake.Terraform.Workspace;

public class TerraformWorkspaceDeleteSettings : TerraformLockingSettings
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Renders <c>-force</c>: delete even when the workspace still tracks resources (they are orphaned).</summary>
    public bool Force { get; set; }
}

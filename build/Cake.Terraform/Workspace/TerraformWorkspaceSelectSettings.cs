namespace Cake.Terraform.Workspace;

public class TerraformWorkspaceSelectSettings : TerraformSettings
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Renders <c>-or-create</c>: create the workspace when it does not exist yet.</summary>
    public bool OrCreate { get; set; }
}

namespace Cake.Terraform.Workspace;

/// <summary>Settings of <c>terraform workspace list</c> and <c>terraform workspace show</c>.</summary>
public class TerraformWorkspaceListSettings : TerraformSettings
{
}

namespace Cake.Terraform.Workspace;

public class TerraformWorkspaceNewSettings : TerraformLockingSettings
{
    public string Name { get; set; } = string.Empty;
}

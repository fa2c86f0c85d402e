namespace Cake.Terraform.EnvSelect;

public class TerraformEnvSelectSettings : TerraformEnvSettings
{
    /// <summary>The workspace to switch to; required.</summary>
    public string Environment { get; set; }
}

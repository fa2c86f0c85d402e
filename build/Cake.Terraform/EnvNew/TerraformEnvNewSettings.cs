namespace Cake.Terraform.EnvNew;

public class TerraformEnvNewSettings : TerraformEnvSettings
{
    /// <summary>The workspace to create; required.</summary>
    public string Environment { get; set; }
}

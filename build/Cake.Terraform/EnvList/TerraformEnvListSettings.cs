namespace Cake.Terraform.EnvList;

public class TerraformEnvListSettings : TerraformEnvSettings
{
}

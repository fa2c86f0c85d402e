namespace Cake.Terraform.Validate;

public class TerraformValidateSettings : TerraformSettings
{
}

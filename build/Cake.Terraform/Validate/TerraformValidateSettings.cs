namespace Cake.Terraform.Validate;

/// <summary><c>terraform validate</c> reads no variables and takes no lock; it needs a prior init (-backend=false will do).</summary>
public class TerraformValidateSettings : TerraformSettings
{
}

namespace Cake.Terraform.Destroy;

/// <summary>
/// <c>terraform destroy</c>, always with <c>-auto-approve</c>; the <c>-force</c> flag older addins send no longer exists.
/// </summary>
public class TerraformDestroySettings : TerraformOperationSettings
{
}

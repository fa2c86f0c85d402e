namespace Cake.Terraform.EnvDelete;

public class TerraformEnvDeleteSettings : TerraformEnvSettings
{
    /// <summary>Kept for the addin's shape: the runner does not render it, so Terraform is never told which workspace.</summary>
    public string Environment { get; set; }

    /// <summary>Renders <c>-force</c>: delete even a workspace whose state is not empty.</summary>
    public bool Force { get; set; }
}

namespace Cake.Terraform.Destroy;

/// <summary>Settings of <c>terraform destroy</c>.</summary>
public class TerraformDestroySettings : TerraformSettings
{
    /// <summary>Each renders <c>-var "name=value"</c>.</summary>
    public Dictionary<string, string> InputVariables { get; set; }

    /// <summary>Renders <c>-var-file "path"</c>.</summary>
    public string InputVariablesFile { get; set; }

    /// <summary>Renders <c>-force</c> (skip the confirmation). Terraform 0.15 removed it; use -auto-approve there.</summary>
    public bool Force { get; set; }
}

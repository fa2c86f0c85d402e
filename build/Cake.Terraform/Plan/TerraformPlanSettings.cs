using Cake.Core.IO;

namespace Cake.Terraform.Plan;

public class TerraformPlanSettings : TerraformSettings
{
    /// <summary>Rendered as <c>-out=path</c> always, so leave it unset and Terraform gets <c>-out=</c>.</summary>
    public FilePath OutFile { get; set; }

    public int Parallelism { get; set; }

    /// <summary>Each renders <c>-var "name=value"</c>.</summary>
    public Dictionary<string, string> InputVariables { get; set; }

    /// <summary>Renders <c>-var-file "path"</c>.</summary>
    public string InputVariablesFile { get; set; }

    /// <summary>Renders <c>-destroy</c>.</summary>
    public bool Destroy { get; set; }

    /// <summary>True by default; false renders <c>-input=False</c>.</summary>
    public bool Input { get; set; } = true;
}

using Cake.Core.IO;

namespace Cake.Terraform.Apply;

public class TerraformApplySettings : TerraformSettings
{
    public int Parallelism { get; set; }

    /// <summary>A saved plan to apply, rendered quoted after <c>-auto-approve</c>.</summary>
    public FilePath Plan { get; set; }

    /// <summary>Each renders <c>-var "name=value"</c>.</summary>
    public Dictionary<string, string> InputVariables { get; set; }

    /// <summary>Renders <c>-var-file "path"</c>.</summary>
    public string InputVariablesFile { get; set; }

    /// <summary>Renders <c>-auto-approve</c>; off by default, so an apply without a plan asks for approval.</summary>
    public bool AutoApprove { get; set; }

    /// <summary>True by default; false renders <c>-input=False</c>.</summary>
    public bool Input { get; set; } = true;

    /// <summary>Renders <c>-destroy</c>.</summary>
    public bool Destroy { get; set; }
}

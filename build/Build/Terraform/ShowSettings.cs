using Cake.Core.IO;

namespace Build.Terraform;

public class ShowSettings : TerraformCommandSettings
{
    /// <summary>A saved plan to show; null shows the current state.</summary>
    public FilePath? PlanFile { get; set; }

    /// <summary>Renders <c>-json</c>: machine-readable plan or state.</summary>
    public bool Json { get; set; }
}

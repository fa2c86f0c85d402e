using Cake.Core.IO;

namespace Cake.Terraform.Show;

public class TerraformShowSettings : TerraformSettings
{
    /// <summary>Where to write the formatted output; null leaves it on the console.</summary>
    public FilePath OutFile { get; set; }

    /// <summary>The saved plan to show; required.</summary>
    public FilePath PlanFile { get; set; }

    /// <summary>PlainText (default) also renders <c>-no-color</c>.</summary>
    public OutputFormat OutputFormat { get; set; } = OutputFormat.PlainText;
}

using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform;

/// <summary>Settings every Terraform command shares.</summary>
public class TerraformSettings : ToolSettings
{
    /// <summary>
    /// Rendered as <c>-chdir=&lt;dir&gt;</c> before the sub-command, so Terraform switches directory itself and the
    /// process working directory does not matter. Relative paths resolve against the Cake working directory.
    /// </summary>
    public DirectoryPath? ChangeDirectory { get; set; }

    /// <summary>True forces <c>-no-color</c>, false keeps colors; null (default) adds it when output is not a terminal.</summary>
    public bool? NoColor { get; set; }
}

using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Terraform;

/// <summary>Settings every command of the build's own shares (the addin has no <c>-chdir</c> or colour switch).</summary>
public class TerraformCommandSettings : ToolSettings
{
    /// <summary>
    /// Rendered as <c>-chdir=&lt;dir&gt;</c> before the sub-command, so Terraform switches directory itself and the
    /// process working directory does not matter. Relative paths resolve against the Cake working directory.
    /// </summary>
    public DirectoryPath? ChangeDirectory { get; set; }

    /// <summary>True forces <c>-no-color</c>, false keeps colors; null (default) adds it when output is not a terminal.</summary>
    public bool? NoColor { get; set; }
}

namespace Build.Terraform;

public class FmtSettings : TerraformCommandSettings
{
    /// <summary>Renders <c>-check</c>: change nothing, report whether files are formatted (exit code 3 when not).</summary>
    public bool Check { get; set; }

    /// <summary>Renders <c>-recursive</c>: also format sub-directories.</summary>
    public bool Recursive { get; set; }

    /// <summary>Renders <c>-diff</c>: print the formatting changes.</summary>
    public bool Diff { get; set; }

    /// <summary>Files or directories to format, relative to the (changed) directory; empty means the directory itself.</summary>
    public List<string> Targets { get; set; } = [];
}

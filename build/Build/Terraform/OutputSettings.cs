using Cake.Core.IO;

namespace Build.Terraform;

public class OutputSettings : TerraformCommandSettings
{
    /// <summary>One output to read; null reads them all.</summary>
    public string? OutputName { get; set; }

    /// <summary>Renders <c>-json</c> (default): the result is Terraform's JSON text, sensitive values included.</summary>
    public bool Json { get; set; } = true;

    /// <summary>Renders <c>-raw</c> instead of <c>-json</c>: one string, number or bool output, unquoted.</summary>
    public bool Raw { get; set; }

    /// <summary>Renders <c>-state=&lt;path&gt;</c> (local state file only).</summary>
    public FilePath? StatePath { get; set; }
}

namespace Cake.Terraform.Output;

public class TerraformOutputSettings : TerraformSettings
{
    /// <summary>One output to read; null reads them all.</summary>
    public string OutputName { get; set; }

    /// <summary>Renders <c>-json</c>; off by default.</summary>
    public bool Json { get; set; }

    /// <summary>Renders <c>-raw</c>, which wins over <see cref="Json"/>.</summary>
    public bool Raw { get; set; }

    /// <summary>Renders <c>-state=path</c>, as given.</summary>
    public string StatePath { get; set; }

    /// <summary>True by default: Terraform's "output variable ... could not be found" text throws instead of being returned.</summary>
    public bool ValidateToolOutput { get; set; } = true;
}

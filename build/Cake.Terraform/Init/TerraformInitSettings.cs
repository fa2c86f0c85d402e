namespace Cake.Terraform.Init;

public class TerraformInitSettings : TerraformSettings
{
    /// <summary>Each renders <c>-backend-config "key=value"</c>.</summary>
    public Dictionary<string, string> BackendConfigOverrides { get; set; }

    /// <summary>Renders <c>-reconfigure</c>.</summary>
    public bool ForceReconfigure { get; set; }

    /// <summary>Renders <c>-force-copy</c>.</summary>
    public bool ForceCopy { get; set; }

    /// <summary>True by default; false renders <c>-input=False</c>.</summary>
    public bool Input { get; set; } = true;

    /// <summary>True by default; false renders <c>-backend=False</c>.</summary>
    public bool Backend { get; set; } = true;
}

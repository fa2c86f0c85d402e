using Cake.Core.IO;

namespace Build.Terraform;

public class ApplySettings : OperationSettings
{
    /// <summary>A saved plan from <c>terraform plan -out</c>; applying it needs no approval.</summary>
    public FilePath? Plan { get; set; }

    /// <summary>Renders <c>-auto-approve</c> when no plan file is given; without it a non-interactive apply stops.</summary>
    public bool AutoApprove { get; set; } = true;

    /// <summary>Renders <c>-destroy</c>.</summary>
    public bool Destroy { get; set; }

    /// <summary>Renders <c>-refresh-only</c>.</summary>
    public bool RefreshOnly { get; set; }
}

using Cake.Core.IO;

namespace Build.Terraform;

public class PlanSettings : OperationSettings
{
    /// <summary>Renders <c>-out=&lt;path&gt;</c>, the saved plan a later apply takes.</summary>
    public FilePath? OutFile { get; set; }

    /// <summary>Renders <c>-destroy</c>: plan to destroy everything in the state.</summary>
    public bool Destroy { get; set; }

    /// <summary>Renders <c>-refresh-only</c>: plan only to bring the state in line with real objects.</summary>
    public bool RefreshOnly { get; set; }

    /// <summary>
    /// Renders <c>-json</c>: the plan prints one JSON event a line. The command keeps them in its output (see
    /// <see cref="Pipeline.Terraform.TerraformSavedPlan.FromPlanEvents"/>) and prints each event's message.
    /// </summary>
    public bool Json { get; set; }

    /// <summary>Where a <see cref="Json"/> plan's messages go; the console when null.</summary>
    public Action<string>? Print { get; set; }
}

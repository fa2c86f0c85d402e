using Pipeline.Terraform;

namespace Build;

/// <summary>This run's Terraform: the CLI config, the environment root it acts on, and a plan running in the background.</summary>
public sealed class TerraformState
{
    private readonly Slot<TerraformEnvironment> environment = new("The Terraform environment", "the TerraformInit task");

    /// <summary>The CLI config WriteTerraformConfig wrote; null when there is no provider mirror.</summary>
    public string? CliConfig { get; set; }

    public TerraformEnvironment Environment { get => environment.Value; set => environment.Value = value; }

    /// <summary>Terraform's plan (and additive apply) running beside the build; TerraformApply waits for it and clears it.</summary>
    public TerraformInBackground? Background { get; set; }
}

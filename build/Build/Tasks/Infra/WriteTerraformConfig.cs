using Cake.Common.Diagnostics;
using Cake.Frosting;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(WriteTerraformConfig))]
[TaskDescription("Writes a Terraform CLI config that installs providers only from the local mirror, when one exists.")]
public sealed class WriteTerraformConfig : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        context.Terraform.CliConfig = TerraformCliConfig.Write(context.Paths.Terraform, context.Options.TerraformMirror);
        context.Information(context.Terraform.CliConfig is null
            ? "No provider mirror found: Terraform installs providers from its registry."
            : $"Terraform providers come from the local mirror only ({context.Terraform.CliConfig}).");
    }
}

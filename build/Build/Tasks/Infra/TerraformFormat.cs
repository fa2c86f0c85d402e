using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Build.Terraform;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformFormat))]
[TaskDescription("Checks that every file under infra/ is terraform fmt clean.")]
[IsDependentOn(typeof(WriteTerraformConfig))]
public sealed class TerraformFormat : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var formatted = context.TerraformFmt(new FmtSettings
        {
            ChangeDirectory = context.Paths.Infra,
            Check = true,
            Recursive = true,
            Diff = true,
            EnvironmentVariables = context.Terraform.CliConfig is { } cliConfig
                ? new Dictionary<string, string> { [TerraformCliConfig.ConfigVariable] = cliConfig }
                : null,
        });
        if (!formatted)
        {
            throw new CakeException("Terraform files under infra/ are not formatted (listed above). Run: terraform fmt -recursive infra");
        }

        context.Information("terraform fmt: infra/ is formatted.");
    }
}

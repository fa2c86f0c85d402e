using Cake.Common.Diagnostics;
using Cake.Frosting;
using Cake.Terraform;
using Cake.Terraform.Init;
using Cake.Terraform.Validate;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformValidate))]
[TaskDescription("Runs terraform validate on every environment root under infra/environments (no backend, no AWS).")]
[IsDependentOn(typeof(WriteTerraformConfig))]
public sealed class TerraformValidate : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        foreach (var name in TerraformEnvironment.KnownEnvironments(context.Paths.Root))
        {
            var root = Path.Combine(context.Paths.Infra, "environments", name);
            var variables = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["TF_DATA_DIR"] = Path.Combine(context.Paths.Terraform, "validate", name),
                ["TF_IN_AUTOMATION"] = "1",
            };
            if (context.Terraform.CliConfig is { } cliConfig)
            {
                variables[TerraformCliConfig.ConfigVariable] = cliConfig;
            }

            context.TerraformInit(new TerraformInitSettings
            {
                ChangeDirectory = root,
                Backend = false,
                EnvironmentVariables = variables,
                ArgumentCustomization = TerraformRun.ReadOnlyLockFile,
            });
            context.TerraformValidate(new TerraformValidateSettings { ChangeDirectory = root, EnvironmentVariables = variables });
            context.Information($"terraform validate: environments/{name} is valid.");
        }
    }
}

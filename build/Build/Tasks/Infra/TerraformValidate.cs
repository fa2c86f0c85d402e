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
        var roots = context.Config.Environments.Values.Select(e => e.Terraform).Append(TerraformEnvironment.BootstrapRoot).Distinct(StringComparer.Ordinal);
        foreach (var relative in roots)
        {
            var root = Path.Combine(context.Paths.Root, relative);
            var name = relative.Replace('/', '-');
            var variables = TerraformProcess.Environment(Path.Combine(context.Paths.Terraform, "validate", name), context.TerraformCliConfig)
                .ToDictionary(pair => pair.Key, pair => pair.Value ?? string.Empty, StringComparer.Ordinal);

            context.TerraformInit(new TerraformInitSettings
            {
                ChangeDirectory = root,
                Backend = false,
                EnvironmentVariables = variables,
                ArgumentCustomization = TerraformRun.ReadOnlyLockFile,
            });
            context.TerraformValidate(new TerraformValidateSettings { ChangeDirectory = root, EnvironmentVariables = variables });
            context.Information($"terraform validate: {relative} is valid.");
        }
    }
}

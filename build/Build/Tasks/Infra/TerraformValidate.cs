using Cake.Common.Diagnostics;
using Cake.Core;
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

            // Plain init and validate: the Cake.Terraform addin's own aliases, run in the root's folder; colour codes
            // only on a terminal, since CI logs show them as noise.
            context.TerraformInit(new TerraformInitSettings
            {
                WorkingDirectory = root,
                Backend = false,
                Input = false,
                EnvironmentVariables = variables,
                ArgumentCustomization = arguments => NoColorWhenRedirected(TerraformRun.ReadOnlyLockFile(arguments)),
            });
            context.TerraformValidate(new TerraformValidateSettings
            {
                WorkingDirectory = root,
                EnvironmentVariables = variables,
                ArgumentCustomization = NoColorWhenRedirected,
            });
            context.Information($"terraform validate: environments/{name} is valid.");
        }
    }

    private static Cake.Core.IO.ProcessArgumentBuilder NoColorWhenRedirected(Cake.Core.IO.ProcessArgumentBuilder arguments) =>
        System.Console.IsOutputRedirected ? arguments.Append("-no-color") : arguments;
}

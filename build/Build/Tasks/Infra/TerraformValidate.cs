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
        // pipeline.json's folders are relative to the pipeline file (--config may name one elsewhere); infra/bootstrap to the repository.
        var roots = context.Config.Environments.Values.Select(e => Path.GetRelativePath(context.Paths.Root, context.Config.FullPath(e.Terraform)))
            .Append(TerraformEnvironment.BootstrapRoot).Distinct(StringComparer.Ordinal);
        foreach (var relative in roots)
        {
            var root = Path.Combine(context.Paths.Root, relative);
            var name = relative.Replace('/', '-');
            var variables = TerraformProcess.Environment(Path.Combine(context.Paths.Terraform, "validate", name), context.Terraform.CliConfig)
                .ToDictionary(pair => pair.Key, pair => pair.Value ?? string.Empty, StringComparer.Ordinal);

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
            context.Information($"terraform validate: {relative} is valid.");
        }
    }

    private static Cake.Core.IO.ProcessArgumentBuilder NoColorWhenRedirected(Cake.Core.IO.ProcessArgumentBuilder arguments) =>
        System.Console.IsOutputRedirected ? arguments.Append("-no-color") : arguments;
}

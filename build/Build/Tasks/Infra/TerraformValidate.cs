using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Cake.Terraform;
using Cake.Terraform.Init;
using Cake.Terraform.Validate;
using Pipeline.Incremental;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformValidate))]
[TaskDescription("Runs terraform validate on every Terraform root (no backend, no AWS); a root whose inputs are unchanged since its last green validate is skipped unless --clean.")]
[IsDependentOn(typeof(WriteTerraformConfig))]
public sealed class TerraformValidate : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        if (!context.Checks.Wait(nameof(TerraformValidate), line => context.Information(line)))
        {
            Validate(context, line => context.Information(line));
        }
    }

    /// <summary>Validates each root in turn; <paramref name="print"/> gets Terraform's output and the verdicts.</summary>
    public static void Validate(BuildContext context, Action<string> print)
    {
        // pipeline.json's folders are relative to the pipeline file (--config may name one elsewhere); infra/bootstrap to the repository.
        var roots = context.Config.Environments.Values.Select(e => Path.GetRelativePath(context.Paths.Root, context.Config.FullPath(e.Terraform)))
            .Append(TerraformEnvironment.BootstrapRoot).Distinct(StringComparer.Ordinal);
        var green = new GreenRuns(context.Paths.Layout.Green);
        var version = ToolVersion.Of("terraform", ["version", "-json"]);
        var mirror = TerraformCliConfig.FindMirror(context.Options.TerraformMirror);
        foreach (var relative in roots)
        {
            var check = "terraform-validate-" + relative.Replace('/', '-');
            var stamp = CheckInputs.TerraformRoot(context.Paths.Root, relative, version, context.Terraform.CliConfig, mirror);
            if (!context.Options.Clean && green.UnchangedSince(check, stamp) is { } last)
            {
                print($"terraform validate: {relative} skipped, its inputs (files, modules, lock file, Terraform version, providers, CLI config) are unchanged since the green run {last.Run} at {last.At:u} (stamp {stamp}); --clean runs it.");
                continue;
            }

            ValidateRoot(context, relative, print);
            green.Record(check, stamp, context.BuildId, DateTimeOffset.UtcNow);
            print($"terraform validate: {relative} is valid.");
        }
    }

    private static void ValidateRoot(BuildContext context, string relative, Action<string> print)
    {
        var root = Path.Combine(context.Paths.Root, relative);
        var name = relative.Replace('/', '-');
        var variables = TerraformProcess.Environment(Path.Combine(context.Paths.Terraform, "validate", name), context.Terraform.CliConfig)
            .ToDictionary(pair => pair.Key, pair => pair.Value ?? string.Empty, StringComparer.Ordinal);

        // Plain init and validate: the Cake.Terraform addin's own aliases, run in the root's folder; colour codes
        // only on a terminal, since CI logs show them as noise. Standard output is held for the waiting task.
        context.TerraformInit(new TerraformInitSettings
        {
            WorkingDirectory = root,
            Backend = false,
            Input = false,
            EnvironmentVariables = variables,
            ArgumentCustomization = arguments => NoColorWhenRedirected(TerraformRun.ReadOnlyLockFile(arguments)),
            SetupProcessSettings = process => Held(process, print),
        });
        context.TerraformValidate(new TerraformValidateSettings
        {
            WorkingDirectory = root,
            EnvironmentVariables = variables,
            ArgumentCustomization = NoColorWhenRedirected,
            SetupProcessSettings = process => Held(process, print),
        });
    }

    public static void Held(Cake.Core.IO.ProcessSettings process, Action<string> print)
    {
        process.RedirectStandardOutput = true;
        process.RedirectedStandardOutputHandler = line =>
        {
            if (line is not null)
            {
                print(line);
            }

            return null!;
        };
    }

    private static Cake.Core.IO.ProcessArgumentBuilder NoColorWhenRedirected(Cake.Core.IO.ProcessArgumentBuilder arguments) =>
        System.Console.IsOutputRedirected ? arguments.Append("-no-color") : arguments;
}

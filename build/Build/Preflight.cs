using Build.Graph;
using Cake.Core;
using Pipeline;
using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Build;

/// <summary>Checks of the machine made in Setup, before the first task: a folder to write to, tools, credentials.</summary>
public static class Preflight
{
    public static void RequireWritable(string folder)
    {
        if (File.Exists(folder))
        {
            throw new CakeException($"The build writes everything under {folder}, but that is a file, not a folder. Move or delete the file, then run again.");
        }

        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CakeException($"The build writes everything under {folder}, but cannot write there ({e.Message}). " +
                "Make the folder writable (chmod u+w, or chattr -i if it is immutable), then run again.");
        }
    }

    // Checked before the first task, so a missing tool fails in seconds instead of after the build and tests.
    public static void RequireTools(BuildContext context, IReadOnlySet<Type> tasks)
    {
        var missing = new List<string>();
        void Need(string tool, bool needed, string why, string fix)
        {
            if (needed && ExecutableLocator.Find(tool) is null)
            {
                missing.Add($"  '{tool}' is not on PATH, but {why}. {fix}");
            }
        }

        // Every Infra task runs terraform, except the one that only writes its CLI config.
        var terraformTasks = tasks
            .Where(task => task.Namespace == typeof(Tasks.Infra.TerraformInit).Namespace && task != typeof(Tasks.Infra.WriteTerraformConfig))
            .Select(TargetCatalog.NameOf)
            .Order(StringComparer.Ordinal)
            .ToList();
        Need("terraform", terraformTasks.Count > 0, $"this run needs it for {string.Join(", ", terraformTasks)}",
            "Install Terraform (https://developer.hashicorp.com/terraform/install) and put it on PATH.");
        Need(MotoServer.Executable, tasks.Contains(typeof(Tasks.Aws.StartLocalAws)) && context.Options.Aws == AwsMode.Local
            && context.Options.LocalAwsEndpoint is null
            && KeptEmulator.Read(context.Paths.LocalAws) is null, "--aws=local starts it as the local AWS emulator",
            "Install it (pip install 'moto[server]'), pass --local-aws-endpoint=<url of a running moto>, or use --aws=real.");
        Need("cfn-lint", tasks.Contains(typeof(Tasks.Validate.LintTemplate)), "LintTemplate runs it on the CloudFormation template",
            "Install it (pip install cfn-lint) and put it on PATH.");
        if (missing.Count > 0)
        {
            throw new CakeException($"{missing.Count} tool(s) missing for --target={context.RunPlan.TargetName}:{Environment.NewLine}" +
                string.Join(Environment.NewLine, missing));
        }
    }

    // Resolving reads the environment, profile files, caches and credential processes; no AWS API is called here.
    public static void RequireCredentials(BuildContext context)
    {
        try
        {
            var credentials = new CredentialSource().Resolve(context.Options.Profile);
            CredentialSource.EnsureUsableAsync(credentials).GetAwaiter().GetResult();
        }
        catch (AwsCredentialsException e)
        {
            var account = context.RunPlan.Environment is { } environment
                ? $" {environment.InfrastructureAccount} ({context.Config.File}: infrastructureAccount of {environment.Name})"
                : string.Empty;
            throw new CakeException($"--target={context.RunPlan.TargetName} with --aws=real needs credentials for the infrastructure account{account}; " +
                $"checked before any AWS call: {e.Message}");
        }
    }
}

using Cake.Terraform;
using Pipeline.Terraform;

namespace Build;

/// <summary>Fills a Terraform alias's settings from the environment's facts: folder, variables, process environment.</summary>
public static class TerraformRun
{
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    public static T Settings<T>(BuildContext context, TerraformEnvironment environment)
        where T : TerraformSettings, new()
    {
        var settings = new T
        {
            ChangeDirectory = environment.WorkingDirectory,
            EnvironmentVariables = environment.ProcessEnvironment(context.TerraformCliConfig)
                .ToDictionary(pair => pair.Key, pair => pair.Value ?? string.Empty, StringComparer.Ordinal),
        };
        if (settings is TerraformLockingSettings locking)
        {
            locking.LockTimeout = LockTimeout;
        }

        if (settings is TerraformOperationSettings operation)
        {
            foreach (var (name, value) in environment.Variables)
            {
                operation.Variables[name] = value;
            }
        }

        return settings;
    }

    public static TerraformEnvironment Environment(BuildContext context)
    {
        var environment = context.DeployEnvironment;
        var target = context.AwsTarget ?? new Pipeline.Aws.AwsTarget(environment.Region);
        return new TerraformEnvironment(context.Paths.Root, new TerraformEnvironmentSettings(
            Path.GetFileName(environment.Terraform), context.Config.Application,
            environment.InfrastructureAccount, environment.RuntimeAccount, target));
    }
}

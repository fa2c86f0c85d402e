using Cake.Core;
using Build.Terraform;
using Pipeline.Aws;
using Pipeline.Configuration;
using Pipeline.Terraform;

namespace Build;

/// <summary>Fills the Terraform aliases' settings from an environment's facts: folder, variables, backend, process environment.</summary>
public static class TerraformRun
{
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    public static T Settings<T>(BuildContext context, TerraformEnvironment environment)
        where T : TerraformCommandSettings, new()
    {
        var settings = new T
        {
            ChangeDirectory = environment.WorkingDirectory,
            EnvironmentVariables = environment.ProcessEnvironment(context.Terraform.CliConfig)
                .ToDictionary(pair => pair.Key, pair => pair.Value ?? string.Empty, StringComparer.Ordinal),
        };
        if (settings is LockingSettings locking)
        {
            locking.LockTimeout = LockTimeout;
        }

        if (settings is OperationSettings operation)
        {
            foreach (var (name, value) in environment.Variables)
            {
                operation.Variables[name] = value;
            }
        }

        return settings;
    }

    /// <summary>Applies exactly the environment's saved plan; the plan file carries its variables, so none are passed.</summary>
    public static ApplySettings SavedPlanApply(BuildContext context, TerraformEnvironment environment)
    {
        var apply = Settings<ApplySettings>(context, environment);
        apply.Plan = environment.PlanFile;
        apply.Variables.Clear();
        return apply;
    }

    /// <summary>The committed .terraform.lock.hcl pins provider hashes; init must not rewrite it inside infra/.</summary>
    public static Cake.Core.IO.ProcessArgumentBuilder ReadOnlyLockFile(Cake.Core.IO.ProcessArgumentBuilder arguments) =>
        arguments.Append("-lockfile=readonly");

    public static TerraformEnvironment Environment(BuildContext context, EnvironmentConfig environment) =>
        new(context.Paths.Root, new TerraformEnvironmentSettings(
            Path.GetFileName(environment.Terraform), context.Config.Application,
            environment.InfrastructureAccount, environment.RuntimeAccount, context.Aws.Target ?? new AwsTarget(environment.Region)));

    /// <summary>
    /// Initialises the root against its S3 state. Runs that change things first create the state bucket when it
    /// is missing (a local emulator starts empty); read-only runs pass no session and create nothing.
    /// </summary>
    public static async Task InitAsync(BuildContext context, TerraformEnvironment environment, AwsSession? createStateBucketAs)
    {
        if (createStateBucketAs is not null)
        {
            using var s3 = createStateBucketAs.Clients.S3(AwsIdentity.Infrastructure);
            await new TerraformStateBucket(s3).EnsureAsync(environment.StateBucket, createStateBucketAs.Clients.Target.Region);
        }

        var settings = Settings<InitSettings>(context, environment);
        settings.ForceReconfigure = true;
        settings.ArgumentCustomization = ReadOnlyLockFile;
        foreach (var (key, value) in environment.BackendConfig)
        {
            settings.BackendConfigOverrides[key] = value;
        }

        context.TerraformInit(settings);
    }

    /// <summary>The environment's deployment target, with bucket, key and roles taken from its Terraform outputs.</summary>
    public static DeploymentTarget Resolve(BuildContext context, TerraformEnvironment terraform, EnvironmentConfig environment)
    {
        var json = context.TerraformOutput(Settings<OutputSettings>(context, terraform));
        var outputs = TerraformOutputs.Parse(json, $"infra/environments/{terraform.Name}");
        return environment.Resolve(outputs.ByName(), context.Config.File);
    }
}

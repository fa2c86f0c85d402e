using Cake.Common.Diagnostics;
using Cake.Core;
using Build.Terraform;
using Pipeline.Aws;
using Pipeline.Configuration;
using Pipeline.Incremental;
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
            EnvironmentVariables = environment.ProcessEnvironment(context.Terraform.CliConfig, SessionCredentials(context, environment))
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
        new(context.Paths.Root, EnvironmentTerraform.Settings(
            context.Config, environment, context.Aws.Target ?? new AwsTarget(environment.Region), context.Options.Profile));

    /// <summary>
    /// <see cref="InitAsync"/>, skipped (and saying why) when the root, its modules, the backend settings, Terraform, the
    /// providers and what init left are as the last init under <paramref name="check"/> left them, unless --clean. A
    /// skipped init still checks the state bucket, as init's first step does.
    /// </summary>
    public static async Task InitUnlessUnchangedAsync(BuildContext context, TerraformEnvironment environment, string check, AwsSession? checkStateBucketAs)
    {
        var green = new GreenRuns(context.Paths.Layout.Green);
        var version = ToolVersion.Of("terraform", ["version", "-json"]);
        InputStamp Stamp() => CheckInputs.TerraformInit(context.Paths.Root, Path.GetRelativePath(context.Paths.Root, environment.WorkingDirectory), version,
            context.Terraform.CliConfig, TerraformCliConfig.FindMirror(context.Options.TerraformMirror), environment.InitArguments, environment.DataDirectory);
        if (!context.Options.Clean && green.UnchangedSince(check, Stamp()) is { } last)
        {
            if (checkStateBucketAs is not null)
            {
                using var s3 = checkStateBucketAs.Clients.S3(AwsIdentity.Infrastructure);
                await new TerraformStateBucket(s3).RequireAsync(environment.StateBucket, environment.Name);
            }

            context.Information($"terraform init of {Path.GetRelativePath(context.Paths.Root, environment.WorkingDirectory)} skipped: it, its modules, the backend settings, Terraform, the providers and {Path.GetRelativePath(context.Paths.Root, environment.DataDirectory)} are as the init of run {last.Run} at {last.At:u} left them; --clean runs it.");
            return;
        }

        await InitAsync(context, environment, checkStateBucketAs);
        green.Record(check, Stamp(), context.BuildId, DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// Initialises the root against its S3 state. With a session, first checks the state bucket is there and
    /// readable (the Bootstrap target made it; a deploy never writes its settings).
    /// </summary>
    public static async Task InitAsync(BuildContext context, TerraformEnvironment environment, AwsSession? checkStateBucketAs)
    {
        if (checkStateBucketAs is not null)
        {
            using var s3 = checkStateBucketAs.Clients.S3(AwsIdentity.Infrastructure);
            await new TerraformStateBucket(s3).RequireAsync(environment.StateBucket, environment.Name);
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

    /// <summary>
    /// A rehearsal's Terraform acts as the identity the build holds (the assumed push role, or for bootstrap the
    /// administrator); on AWS it takes the --profile or CodeBuild's own role.
    /// </summary>
    public static Amazon.Runtime.ImmutableCredentials? SessionCredentials(BuildContext context, TerraformEnvironment environment) =>
        !environment.IsLocal ? null
        : context.Terraform.Credentials ?? context.Aws.Infrastructure?.Clients.Infrastructure.GetCredentials() ?? TerraformProcess.LocalAdministrator;

    /// <summary>The environment's deployment target, with bucket, key and roles taken from its Terraform outputs.</summary>
    public static DeploymentTarget Resolve(BuildContext context, TerraformEnvironment terraform, EnvironmentConfig environment)
    {
        var json = context.TerraformOutput(Settings<OutputSettings>(context, terraform));
        var outputs = TerraformOutputs.Parse(json, $"infra/environments/{terraform.Name}");
        return environment.Resolve(outputs.ByName(), context.Config.File);
    }
}

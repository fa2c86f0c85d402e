using Cake.Common.Diagnostics;
using Cake.Frosting;
using Build.Tasks.Aws;
using Pipeline.Aws;
using Pipeline.Incremental;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformInit))]
[TaskDescription("Initialises the environment's Terraform root against its S3 state backend (created first if missing); skipped when the root, its modules, the backend settings, Terraform, the providers and what init left are unchanged since the last init, unless --clean.")]
[IsDependentOn(typeof(SignIn))]
[IsDependentOn(typeof(WriteTerraformConfig))]
public sealed class TerraformInit : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var environment = TerraformRun.Environment(context, context.TargetEnvironment);
        var check = "terraform-init-" + environment.Name;
        var green = new GreenRuns(context.Paths.Layout.Green);
        var version = ToolVersion.Of("terraform", ["version", "-json"]);
        if (!context.Options.Clean && green.UnchangedSince(check, Stamp(context, environment, version)) is { } last)
        {
            // Init would change nothing; the state bucket is still checked, as init's first step does.
            if (context.Aws.Infrastructure is { } session)
            {
                using var s3 = session.Clients.S3(AwsIdentity.Infrastructure);
                await new TerraformStateBucket(s3).RequireAsync(environment.StateBucket, environment.Name);
            }

            context.Information($"terraform init skipped: the root, its modules, the backend settings, Terraform, the providers and {Path.GetRelativePath(context.Paths.Root, environment.DataDirectory)} are as the init of run {last.Run} at {last.At:u} left them; --clean runs it.");
        }
        else
        {
            await TerraformRun.InitAsync(context, environment, context.Aws.Infrastructure);
            green.Record(check, Stamp(context, environment, version), context.BuildId, DateTimeOffset.UtcNow);
        }

        context.Terraform.Environment = environment;
        context.Information($"Terraform state: s3://{environment.StateBucket}/{environment.StateKey}");
    }

    private static InputStamp Stamp(BuildContext context, TerraformEnvironment environment, string version) =>
        CheckInputs.TerraformInit(context.Paths.Root, Path.GetRelativePath(context.Paths.Root, environment.WorkingDirectory), version,
            context.Terraform.CliConfig, TerraformCliConfig.FindMirror(context.Options.TerraformMirror), environment.InitArguments, environment.DataDirectory);
}

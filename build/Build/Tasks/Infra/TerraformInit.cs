using Cake.Common.Diagnostics;
using Cake.Frosting;
using Cake.Terraform;
using Cake.Terraform.Init;
using Pipeline.Aws;
using Pipeline.Terraform;
using Build.Tasks.Aws;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformInit))]
[TaskDescription("Initialises the environment's Terraform root against its S3 state backend (created first if missing).")]
[IsDependentOn(typeof(SignIn))]
[IsDependentOn(typeof(WriteTerraformConfig))]
public sealed class TerraformInit : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => context.Plan.NeedsAws;

    public override async Task RunAsync(BuildContext context)
    {
        var environment = TerraformRun.Environment(context);
        using (var s3 = context.Aws!.Clients.S3(AwsIdentity.Infrastructure))
        {
            await new TerraformStateBucket(s3).EnsureAsync(environment.StateBucket, context.AwsTarget!.Region);
        }

        var settings = TerraformRun.Settings<TerraformInitSettings>(context, environment);
        settings.ForceReconfigure = true;
        foreach (var (key, value) in environment.BackendConfig)
        {
            settings.BackendConfigOverrides[key] = value;
        }

        context.TerraformInit(settings);
        context.Terraform = environment;
        context.Information($"Terraform state: s3://{environment.StateBucket}/{environment.StateKey}");
    }
}

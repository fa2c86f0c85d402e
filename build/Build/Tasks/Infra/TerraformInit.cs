using Cake.Common.Diagnostics;
using Cake.Frosting;
using Build.Tasks.Aws;

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
        await TerraformRun.InitUnlessUnchangedAsync(context, environment, "terraform-init-" + environment.Name, context.Aws.Infrastructure);
        context.Terraform.Environment = environment;
        context.Information($"Terraform state: s3://{environment.StateBucket}/{environment.StateKey}");
    }
}

using Cake.Common.Diagnostics;
using Cake.Frosting;
using Build.Terraform;
using Pipeline.Aws;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformPlan))]
[TaskDescription("Read-only terraform plan of every environment the current credentials reach (no state lock, nothing created); skipped with a message where none are configured.")]
[IsDependentOn(typeof(WriteTerraformConfig))]
public sealed class TerraformPlan : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        if (context.Options.Aws == AwsMode.Local)
        {
            context.Information("Terraform plan skipped: no AWS account is configured (--aws=local). `./build.sh` applies the same roots to the local emulator.");
            return;
        }

        var environments = context.Config.Environments.Values.ToList();
        AwsSession session;
        try
        {
            session = await new AwsSignIn(new AwsTarget(environments[0].Region)).SignInAsync(context.Options.Profile);
        }
        catch (AwsCredentialsException e)
        {
            context.Information($"Terraform plan skipped: {e.Message}");
            return;
        }

        context.Information($"Planning as {session.Identity}");
        foreach (var environment in environments)
        {
            if (environment.InfrastructureAccount != session.Identity.Account)
            {
                context.Information($"Terraform plan of {environment.Name} skipped: its infrastructure account is {environment.InfrastructureAccount}, these credentials are for {session.Identity.Account}.");
                continue;
            }

            var terraform = TerraformRun.Environment(context, environment);
            await TerraformRun.InitAsync(context, terraform, createStateBucketAs: null);
            var settings = TerraformRun.Settings<PlanSettings>(context, terraform);
            settings.Lock = false;
            context.Information(context.TerraformPlan(settings)
                ? $"Terraform plan: {environment.Name} has changes (above); the {environment.Branch} build applies them."
                : $"Terraform plan: {environment.Name} matches its configuration.");
        }
    }
}

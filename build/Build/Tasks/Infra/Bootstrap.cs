using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Build.Tasks.Aws;
using Build.Terraform;
using Pipeline.Aws;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(Bootstrap))]
[TaskDescription("Once per environment, as an administrator (--env=NAME --profile=admin): the state bucket, the repository connection, the CodeBuild projects and roles, and the runtime account's provisioning role; idempotent. The local rehearsal runs it first.")]
[IsDependentOn(typeof(StartLocalAws))]
[IsDependentOn(typeof(WriteTerraformConfig))]
public sealed class Bootstrap : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) =>
        IsTarget(context) || context.Options.Aws == AwsMode.Local ||
        context.Skip(nameof(Bootstrap), "on real AWS an administrator bootstraps each environment once (--target=Bootstrap).");

    private static bool IsTarget(BuildContext context) => context.RunPlan.TargetTask == typeof(Bootstrap);

    public override async Task RunAsync(BuildContext context)
    {
        var environment = IsTarget(context)
            ? context.Config.Environment(context.Options.Environment ?? throw new CakeException(
                $"Bootstrap needs the environment to prepare: add --env=NAME (one of: {string.Join(", ", context.Config.Environments.Keys)})."))
            : context.TargetEnvironment;
        context.Aws.Target ??= new AwsTarget(environment.Region);
        var terraform = TerraformRun.Environment(context, environment).Bootstrap;
        var admin = await new AwsSignIn(context.Aws.Target, context.Aws.Target.IsLocal ? AwsSignIn.LocalSource : null).SignInAsync(context.Options.Profile);
        context.Information($"Bootstrapping {environment.Name} as {admin.Identity}");

        var infrastructure = await InfrastructureAsync(admin, terraform);
        using (var s3 = infrastructure.S3(AwsIdentity.Runtime))
        {
            var created = await new TerraformStateBucket(s3).CreateAsync(terraform.StateBucket, terraform.Settings.Target.Region);
            context.Information($"Terraform state bucket s3://{terraform.StateBucket} {(created ? "created" : "already there")}: versioned, encrypted, private.");
        }

        context.Terraform.Credentials = terraform.IsLocal ? admin.Clients.Infrastructure.GetCredentials() : null;
        try
        {
            await TerraformRun.InitAsync(context, terraform, checkStateBucketAs: null);
            var apply = TerraformRun.Settings<ApplySettings>(context, terraform);
            if (terraform.InfrastructureAdminRoleFor(admin.Identity.Account) is { } role)
            {
                apply.Variables["infrastructure_admin_role_arn"] = role;
            }

            context.TerraformApply(apply);
            var outputs = System.Text.Json.JsonDocument.Parse(context.TerraformOutput(TerraformRun.Settings<OutputSettings>(context, terraform))).RootElement;
            string? Output(string name) => outputs.TryGetProperty(name, out var value) ? value.GetProperty("value").GetString() : null;
            context.Information($"Push role {Output("push_role_arn")}; Terraform assumes {Output("provisioning_role_arn")} in {environment.RuntimeAccount}.");
            var host = context.Config.Environments.Values.First();
            var check = BootstrapChecklist.StatusCheckName(host.Region, $"{context.Config.Application}-pull-request");
            var steps = BootstrapChecklist.For(terraform.Settings, terraform.IsLocal ? null : Output("connection_arn"), check,
                environment.IsProduction ? environment.StackName : null);
            context.Information($"Still to do by hand for {environment.Name}:{System.Environment.NewLine}" +
                string.Join(System.Environment.NewLine, steps.Select((step, i) => $"  {i + 1}. {step}")));
        }
        finally
        {
            context.Terraform.Credentials = null;
        }
    }

    // Where the administrator starts in another account (an SSO or management-account profile), it assumes the
    // administrator role named in pipeline.json (bootstrapRoleName) in the infrastructure account, as Terraform does.
    private static async Task<AwsClientFactory> InfrastructureAsync(AwsSession admin, TerraformEnvironment terraform)
    {
        if (terraform.InfrastructureAdminRoleFor(admin.Identity.Account) is not { } role)
        {
            return admin.Clients.WithRuntime(admin.Clients.Infrastructure);
        }

        var assumed = await new RoleAssumer(admin.Clients).AssumeAsync(new RoleAssumption(role, "bootstrap-" + terraform.Name));
        return assumed.Clients;
    }
}

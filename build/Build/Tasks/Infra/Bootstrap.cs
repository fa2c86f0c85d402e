using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Build.Tasks.Aws;
using Build.Terraform;
using Pipeline.Aws;
using Pipeline.Incremental;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(Bootstrap))]
[TaskDescription("Once per environment, as an administrator (--env=NAME --profile=admin): the state bucket, the repository connection, the CodeBuild projects and roles, and the runtime account's provisioning role; idempotent. The local rehearsal runs it first, and skips its apply when the root, Terraform, the variables and the emulator's bootstrap state are unchanged since its last green apply, unless --clean.")]
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
        var variables = new Dictionary<string, string>(terraform.Variables, StringComparer.Ordinal);
        if (terraform.InfrastructureAdminRoleFor(admin.Identity.Account) is { } adminRole)
        {
            variables["infrastructure_admin_role_arn"] = adminRole;
        }

        var green = new GreenRuns(context.Paths.Layout.Green);
        var greenCheck = "bootstrap-" + environment.Name;
        var version = ToolVersion.Of("terraform", ["version", "-json"]);
        var maySkip = !IsTarget(context) && !context.Options.Clean;
        if (maySkip && green.UnchangedSince(greenCheck, await StampAsync(context, terraform, infrastructure, variables, version)) is { } last)
        {
            context.Information($"Bootstrap apply skipped: infra/bootstrap, its modules, Terraform, the providers, the variables and the emulator's bootstrap state (s3://{terraform.StateBucket}/{terraform.StateKey}) are as the green apply of run {last.Run} at {last.At:u} left them; a reset emulator or --clean applies it.");
            return;
        }

        // Only an apply that completes leaves a record: a failed one must not let the next run skip.
        green.Forget(greenCheck);
        using (var s3 = infrastructure.S3(AwsIdentity.Runtime))
        {
            var created = await new TerraformStateBucket(s3).CreateAsync(terraform.StateBucket, terraform.Settings.Target.Region);
            context.Information($"Terraform state bucket s3://{terraform.StateBucket} {(created ? "created" : "already there")}: versioned, encrypted, private.");
        }

        context.Terraform.Credentials = terraform.IsLocal ? admin.Clients.Infrastructure.GetCredentials() : null;
        try
        {
            await TerraformRun.InitUnlessUnchangedAsync(context, terraform, "terraform-init-bootstrap-" + environment.Name, checkStateBucketAs: null);
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
            if (!IsTarget(context))
            {
                green.Record(greenCheck, await StampAsync(context, terraform, infrastructure, variables, version), context.BuildId, DateTimeOffset.UtcNow);
            }
        }
        finally
        {
            context.Terraform.Credentials = null;
        }
    }

    // The rehearsal's own skip: the emulator's bootstrap state is part of the stamp, so a reset or fresh emulator
    // (the bucket or the state object gone, or another version of it) applies again.
    private static async Task<InputStamp> StampAsync(
        BuildContext context, TerraformEnvironment terraform, AwsClientFactory infrastructure, Dictionary<string, string> variables, string version)
    {
        using var s3 = infrastructure.S3(AwsIdentity.Runtime);
        var state = await new StateObjectProbe(s3).DescribeAsync(terraform.StateBucket, terraform.StateKey);
        return CheckInputs.Bootstrap(context.Paths.Root, TerraformEnvironment.BootstrapRoot, version, context.Terraform.CliConfig,
            TerraformCliConfig.FindMirror(context.Options.TerraformMirror), variables, terraform.BackendConfig, state);
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

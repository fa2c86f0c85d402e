using Cake.Common.Diagnostics;
using Cake.Frosting;
using Pipeline.Aws;
using Build.Tasks.Infra;

namespace Build.Tasks.Deploy;

[TaskName(nameof(AssumeRuntimeRole))]
[TaskDescription("Assumes the deploy role in the runtime account (session named for the build), refreshing for long deploys.")]
[IsDependentOn(typeof(ReadTerraformOutputs))]
public sealed class AssumeRuntimeRole : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var target = context.Delivery.Target;
        var role = new RoleAssumption(target.DeployRoleArn, RoleSessionName.For(context.BuildId), target.ExternalId, target.SessionDuration);
        context.Aws.Runtime = await new RoleAssumer(context.Aws.Infrastructure.Clients, log: message => context.Verbose(message)).AssumeAsync(role);
        context.Information($"Runtime identity: {context.Aws.Runtime.Identity}");
    }
}
